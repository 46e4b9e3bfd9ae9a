// CPython's limits on nesting: 200 brackets, 100 indentation levels, and the
// AST depth past which ast.parse raises RecursionError. etpy must accept what
// CPython accepts and fail the same way just past each limit, never with a
// JavaScript error. Expected outcomes come from CPython.
import { describe, expect, it } from 'vitest';
import { parse, PySyntaxError } from '../../src/parser/index.js';
import { parseWithCPython } from '../../src/testing/cpython-parse.js';

const indent = (n: number): string => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}if 1:\n`).join('') + `${' '.repeat(n)}pass\n`;

const CASES: Record<string, string> = {};
for (const n of [199, 200, 201]) {
  CASES[`${n} parentheses`] = '('.repeat(n) + '1' + ')'.repeat(n) + '\n';
  CASES[`${n} brackets`] = '['.repeat(n) + ']'.repeat(n) + '\n';
}
for (const n of [99, 100]) CASES[`${n} indentation levels`] = indent(n);
// CPython's exact AST-depth threshold moves by a few levels with the depth of
// the Python stack that calls ast.parse, so these stay clear of it.
for (const n of [2900, 3100]) {
  CASES[`${n} attributes`] = 'x' + '.a'.repeat(n) + '\n';
  CASES[`${n} additions`] = 'a' + '+a'.repeat(n) + '\n';
  CASES[`${n} subscripts`] = 'x' + '[0]'.repeat(n) + '\n';
  CASES[`${n} negations`] = '-'.repeat(n) + '1\n';
}
CASES['500 conditional expressions'] = 'x = ' + '1 if 1 else '.repeat(500) + '1\n';

function outcome(source: string): string {
  try {
    parse(source);
    return 'ok';
  } catch (err) {
    if (err instanceof PySyntaxError) return `${err.type}: ${err.msg}`;
    throw err;
  }
}

describe('nesting limits as CPython', () => {
  const names = Object.keys(CASES);
  const cpython = parseWithCPython(names.map((n) => CASES[n]!));
  names.forEach((name, i) => {
    it(name, () => {
      const want = cpython[i]!;
      expect(outcome(CASES[name]!)).toBe('error' in want ? `${want.error.type}: ${want.error.msg}` : 'ok');
    });
  });
});
