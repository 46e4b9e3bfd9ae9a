// Uncaught exceptions: etpy's traceback text against what `python3 FILE`
// writes to stderr (spec/tracebacks/*.py, each ending in an uncaught exception),
// and a program that does not parse: its File line, text and carets.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython } from '../../src/testing/python.js';
import { runSource } from '../../src/vm/interpreter.js';

const DIR = new URL('../tracebacks/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const scratch = mkdtempSync(join(tmpdir(), 'etpy-tb-'));

describe('tracebacks of uncaught exceptions match CPython 3.12', () => {
  const python = findPython();
  for (const name of files) {
    it(name, () => {
      const source = readFileSync(new URL(name, DIR), 'utf8');
      const path = join(scratch, name);
      writeFileSync(path, source);
      const cpython = spawnSync(python, [path], { cwd: scratch, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
      const r = runSource(source, { filename: path });
      expect(r.ok).toBe(false);
      expect(r.traceback).toBe(cpython.stderr);
    });
  }
});

/** Programs CPython rejects, and the display of those where etpy's SyntaxError positions still differ. */
const SYNTAX_ERRORS: readonly string[] = [
  'x = (\n', 'if x\n  pass\n', 'a = 1 +\n', 'def f(:\n pass\n', "'abc\n", 'x = 1\n  y = 2\n',
  "print('h\u00e9llo' 1)\n", 'def f():\n\tx = (1,\n\ty = 2 +\n', 'f(**x, *y)\n', 'print "hi"\n',
  'for x in range(3)\nprint(x)\n', 'x = [1, 2\ny = 3\n', 'class A\n  pass\n', 'return 5\n', 'a b c\n',
  'x === 1\n', 'x = 1 if y\n', 'import\n', 'f(a for a in b, c)\n', 'del f()\n', '1 = x\n', 'x +=  \n',
  'def f(x, x): pass\n', 'nonlocal x\n', 'break\n', "'''abc\n", 'x = 5 5\n', '\tfoo(1 2)\n',
  "x = '\u00f1' + (ab cd)\n", '\u00e9 = 1 if y\n', 'x = [y + 1 2]\n', 'f(a, g(1, 2) 3)\n', 'print f(1), 2\n',
];
/** By index, with the reason: none left (the parser's offset/end_offset differed for some until stop 14). */
const SYNTAX_KNOWN: Readonly<Record<number, string>> = {};

describe('a program that does not parse is shown as CPython 3.12 shows it', () => {
  const python = findPython();
  SYNTAX_ERRORS.forEach((source, i) => {
    const reason = SYNTAX_KNOWN[i];
    it(`${JSON.stringify(source)}${reason === undefined ? '' : ' (known difference)'}`, () => {
      const path = join(scratch, `syntax_${i}.py`);
      writeFileSync(path, source);
      const cpython = spawnSync(python, [path], { cwd: scratch, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
      expect(cpython.stderr).toMatch(/Error: /);
      const r = runSource(source, { filename: path });
      expect(r.ok).toBe(false);
      if (reason === undefined) expect(r.traceback).toBe(cpython.stderr);
      else expect(r.traceback, `now matches CPython: remove it from SYNTAX_KNOWN`).not.toBe(cpython.stderr);
    });
  });
});
