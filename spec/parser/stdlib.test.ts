// "Any real Python 3.12 program": CPython's own standard library (every
// top-level module) and the syntax-heavy parts of its test suite parse to
// exactly the AST CPython makes, positions included.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, dump } from '../../src/parser/index.js';
import { parseWithCPython } from '../../src/testing/cpython-parse.js';
import { findPython } from '../../src/testing/python.js';

const stdlib = spawnSync(findPython(), ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();
const SYNTAX_TESTS = ['test_grammar', 'test_patma', 'test_fstring', 'test_type_params', 'test_type_aliases', 'test_except_star',
  'test_positional_only_arg', 'test_keywordonlyarg', 'test_named_expressions', 'test_coroutines', 'test_decorators',
  'test_genexps', 'test_listcomps', 'test_syntax', 'test_string_literals', 'test_unparse', 'test_ast'];

const files = [
  ...readdirSync(stdlib).filter((f) => f.endsWith('.py')).sort().map((f) => join(stdlib, f)),
  ...SYNTAX_TESTS.map((t) => join(stdlib, 'test', `${t}.py`)),
];
const sources = files.map((f) => readFileSync(f, 'utf8'));
const expected = parseWithCPython(sources);

describe(`CPython's standard library (${stdlib})`, () => {
  it('found the modules', () => {
    expect(files.length).toBeGreaterThan(150);
  });
  files.forEach((file, i) => {
    it(file.slice(stdlib.length + 1), () => {
      const want = expected[i]!;
      if (!('dump' in want)) throw new Error(`CPython rejects ${file}: ${JSON.stringify(want.error)}`);
      const tree = parse(sources[i]!, file);
      expect(dump(tree)).toBe(want.dump);
      expect(dump(tree, true)).toBe(want.positions);
    });
  });
});
