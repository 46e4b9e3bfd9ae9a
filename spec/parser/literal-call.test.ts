// The batch expr fast path (src/parser/literal-call.ts): whenever it reads an
// expression, the tree of the expr wrapper it makes must be the one CPython
// 3.12's ast.parse gives for the wrapper's text (dump with positions). Cases:
// hand-picked shapes (including ones it must leave to the full parser), the
// calls in the corpus's MBPP asserts, and fixed-seed fast-check samples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dump } from '../../src/parser/index.js';
import { parseLiteralCall } from '../../src/parser/literal-call.js';
import { exprLambdaModule } from '../../src/compiler/index.js';
import { parseWithCPython } from '../../src/testing/cpython-parse.js';
import { corpusTasks } from '../corpus.js';

const wrapper = (expr: string): string => `__etpy_expr__ = lambda: (\n${expr}\n)`;

/** Read by the fast path. */
const READ = [
  "f('Hello 42 World, again 7')", 'f([1, 1, 3, 1, 3, 1])', 'f()', 'f( )', 'f(1,)', 'f( 1 , 2 , )', 'f(-1, - 2, -0.5, -1e3)',
  "f([], (), {}, [[]], ((),), {1: {2: ()}})", 'f((1), ((2)), ((3,)), (4, 5))', 'f({1, 2}, {3}, {4,}, {5: 6,})',
  "f(\"it's\", '\"', '', \"\")", 'f(True, False, None)', 'f(k=1)', 'f(1, k=(2), j = [3])', 'f(a=-1, b={})',
  'f(0, 10, 12345678901234567890123, 1.5, 2., .5, 1e5, 1E-5, 1.5e+3, 0.0)', 'match(1)', '_f_1(2)', 'f(-True)', "f(-'a')",
  "f({'a': [1, {'b': (2, 3)}], 'c': None})", 'f( [ 1 , 2 ] , ( 3 , ) )', 'f(x=1, y=2, z=3)',
];

/** Left to the full parser: null. */
const NOT_READ = [
  'f(x)', 'f(*a)', 'f(**d)', 'f(1)(2)', 'f(1).x', 'g.f(1)', 'f(1) + 1', "f('a' 'b')", "f(b'a')", "f(r'a')", "f(f'{1}')",
  "f('\\n')", "f('é')", 'f(1 if 2 else 3)', 'f(0x10)', 'f(1_000)', 'f(1j)', 'f(01)', 'f(1.5.real)', 'f(-(1))', 'f(--1)', 'f(+1)',
  'f(k=1, 2)', 'f(k=1, k=2)', 'if(1)', 'f(True=1)', 'f(1 # c\n)', 'f([1,\n2])', 'f(\t1)', 'f(a == 1)', 'f({1: 2, 3})', 'f(1',
  'f(1,,)', '[1]', '1', 'f((1, 2), *x)', 'f([i for i in x])', 'f(lambda: 1)', 'f(...)', 'f({**d})', 'f([*a])',
];

/** `name(args)` at the start of each MBPP assert: real inputs of the kind datasets evaluate. */
function corpusCalls(): string[] {
  const out = new Set<string>();
  for (const t of corpusTasks()) {
    for (const line of t.source.split('\n')) {
      const m = /^assert\s+(?:\(\s*)?([A-Za-z_]\w*\(.*\))\s*==/.exec(line);
      if (m !== null) out.add(m[1]!);
    }
  }
  return [...out];
}

const literal: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((x) => String(x).replace('Infinity', '1e400')),
    fc.string({ unit: fc.constantFrom(...'abc XYZ019,:()[]{}=-_"'.split('')), maxLength: 6 }).map((s) => `'${s.replace(/'/g, '')}'`),
    fc.constantFrom('True', 'False', 'None', "''", '""', '()', '[]', '{}'),
    fc.array(tie('v'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
    fc.array(tie('v'), { minLength: 1, maxLength: 3 }).map((xs) => `(${xs.join(',')}${xs.length === 1 ? ',' : ''})`),
    fc.array(fc.tuple(tie('v'), tie('v')), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  ),
})).v;

const sampled = fc.sample(
  fc.tuple(fc.array(literal, { maxLength: 4 }), fc.array(fc.tuple(fc.constantFrom('a', 'k', 'x_1'), literal), { maxLength: 2 }), fc.constantFrom('', ' '))
    .map(([args, kws, sp]) => {
      const named = [...new Map(kws).entries()].map(([k, v]) => `${k}${sp}=${sp}${v}`);
      return `f(${sp}${[...args, ...named].join(`,${sp}`)}${sp})`;
    }),
  { seed: 7, numRuns: 300 },
);

const cases = [...READ, ...corpusCalls(), ...sampled];
const cpython = parseWithCPython(cases.map(wrapper));

describe('batch expr fast path: the tree CPython 3.12 parses', () => {
  it('reads the hand-picked calls', () => {
    for (const expr of READ) expect(parseLiteralCall(expr, 2), expr).not.toBeNull();
  });

  it('leaves other expressions to the full parser', () => {
    for (const expr of NOT_READ) expect(parseLiteralCall(expr, 2), expr).toBeNull();
  });

  it('reads most corpus calls and samples', () => {
    const read = cases.filter((expr) => parseLiteralCall(expr, 2) !== null).length;
    // Not all are literal calls (variables, expressions as arguments), but most are.
    expect(read).toBeGreaterThan(cases.length / 2);
  });

  it('makes the tree CPython makes, positions included, for every expression it reads', () => {
    const wrong: string[] = [];
    cases.forEach((expr, i) => {
      const call = parseLiteralCall(expr, 2);
      if (call === null) return;
      const want = cpython[i]!;
      if (!('dump' in want)) {
        wrong.push(`${expr}: CPython rejects it (${JSON.stringify(want)})`);
        return;
      }
      const tree = exprLambdaModule(call);
      if (dump(tree) !== want.dump || dump(tree, true) !== want.positions) wrong.push(`${expr}\n  etpy:    ${dump(tree, true)}\n  CPython: ${want.positions}`);
    });
    expect(wrong).toEqual([]);
  });
});

