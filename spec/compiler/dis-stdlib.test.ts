// "Programs a user brings": CPython's own standard library (every top-level
// module) and the syntax-heavy parts of its test suite compile to exactly the
// bytecode CPython makes, compared as `dis` text with addresses masked.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCPython } from '../../src/testing/oracle.js';
import { findPython } from '../../src/testing/python.js';
import { firstDisDifference, ourDis } from './dis-compare.js';

const stdlib = spawnSync(findPython(), ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();
const SYNTAX_TESTS = ['test_grammar', 'test_patma', 'test_fstring', 'test_type_params', 'test_type_aliases', 'test_except_star',
  'test_positional_only_arg', 'test_keywordonlyarg', 'test_named_expressions', 'test_coroutines', 'test_decorators',
  'test_genexps', 'test_listcomps', 'test_string_literals', 'test_unparse', 'test_ast'];

const files = [
  ...readdirSync(stdlib).filter((f) => f.endsWith('.py')).sort().map((f) => join(stdlib, f)),
  ...SYNTAX_TESTS.map((t) => join(stdlib, 'test', `${t}.py`)),
];
const names = files.map((f) => f.slice(stdlib.length + 1));
const sources = files.map((f) => readFileSync(f, 'utf8'));
const expected = runCPython(sources.map((source, i) => ({ id: names[i]!, source, mode: 'dis' as const })));

/** Modules whose disassembly differs, each with its cause; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

describe(`dis of CPython's standard library (${stdlib})`, () => {
  it('found the modules', () => {
    expect(files.length).toBeGreaterThan(150);
  });
  names.forEach((name, i) => {
    it.skipIf(name in KNOWN_DIFFERENCES)(name, () => {
      const want = expected[i]!;
      if (!want.ok || want.dis === undefined) throw new Error(`CPython did not compile ${name}: ${JSON.stringify(want.error)}`);
      expect(firstDisDifference(ourDis(sources[i]!), want.dis)).toBeNull();
    });
  });
});
