// The AST optimizer (constant folding) against CPython 3.12: hand-picked
// corners of ast_opt.c plus random constant expressions generated with
// fast-check (fixed seed), each compiled by both and compared as `dis` text.
import fc from 'fast-check';
import { describeDisCases } from './dis-compare.js';

const CASES: readonly string[] = [
  // unary operators, including bool's quirks
  'x = -1\ny = +True\nz = ~True\nw = not 0\nv = -0.0\nu = -(1+2j)\nt = not ()\ns = ~1.5\n',
  // int arithmetic and its guards (128-bit results, negative shifts, zero divisors)
  'a = 2 ** 127\nb = 2 ** 128\nc = 2 ** 64 * 2 ** 64\nd = 2 ** 63 * 2 ** 65\ne = 1 << 127\nf = 1 << 128\ng = 3 << 126\nh = 1 << -1\n',
  'a = 7 // -2\nb = -7 % 3\nc = 1 / 0\nd = 1 // 0\ne = 1 % 0\nf = 2 ** -2\ng = 0 ** -1\nh = 10 ** 400 / 3\ni = 2 ** 1000 // 3\n',
  'a = 1 / 3\nb = 10 ** 30 / 7\nc = (2 ** 100 + 1) / 2 ** 100\nd = -5 // 2.0\ne = -5 % 2.0\nf = 5.5 % -2\ng = 0.0 // -1\nh = -0.0 % 5\n',
  'a = True & True\nb = True | 2\nc = False ^ True\nd = -1 & 0xff\ne = -8 >> 1\nf = 5 >> 100\n',
  // floats: rounding of pow, overflow, negative base to a fractional power
  'a = 2.3 ** 1.7\nb = 10.0 ** 308\nc = 10.0 ** 309\nd = (-8) ** (1/3)\ne = 0.0 ** -1\nf = 1e308 * 10\ng = 1e308 + 1e308 - 1e308\nh = 2 ** 0.5\n',
  // complex
  'a = 1 + 2j\nb = (1 + 2j) * (3 - 4j)\nc = (1 + 2j) / (3 + 4j)\nd = 1j / 0\ne = (1 + 1j) ** 2\nf = 2j ** 0.5\ng = 0j ** -1\nh = (1 + 1j) ** 200\ni = 1j ** 1j\n',
  // sequences: concatenation, repetition limits, subscripts
  's = "ab" + "cd"\nt = "ab" * 3\nu = "a" * 4096\nv = "a" * 4097\nw = "ab" * -1\nx = b"x" * 5 + b"y"\ny = (1, 2) * 2 + (3,)\nz = (1,) * 257\n',
  'a = ((1, 2), (3, 4)) * 200\nb = "" * 10 ** 30\nc = () * 10 ** 30\nd = True * "ab"\ne = "abc"[1]\nf = "abc"[-1]\ng = "abc"[5]\nh = b"abc"[0]\ni = (1, 2, 3)[-2]\nj = "a\U0001f600b"[1]\n',
  'a = "%s" % ("x",)\nb = "%d" % 5\nc = b"%d" % 5\nd = 5 % 3\ne = "abc"[1.0]\nf = (1, 2)[True]\n',
  // tuples, and lists and sets after `in` and in `for`
  'x = (1, (2, 3), "a", None, ...)\ny = (1, a)\nif x in [1, 2]: pass\nif x not in {1, 1.0, True, 2}: pass\nif x in [a, b]: pass\nif x in [*a]: pass\n',
  'for i in [1, 2, 3]: pass\nfor i in [a, b]: pass\nfor i in {3, 2, 1}: pass\nl = [i for i in [1, 2] if i in {5, 6}]\ng = (i for i in [x, y])\nif a < b in [1]: pass\n',
  // not (a is b) and friends
  'x = not a is b\ny = not a is not b\nz = not a in b\nw = not a not in b\nv = not a == b\nu = not a < b < c\n',
  // __debug__, docstrings made by folding, annotations
  'x = __debug__\nif __debug__: y = 1\n',
  '"a" + "b"\nx = 1\n',
  'def f():\n    "doc" + "string"\n    return 1\nclass C:\n    "a" * 2\n',
  'def f(a: 1 + 1 = 2 * 3) -> -1:\n    x: 2 ** 3 = 4 - 5\n',
  'from __future__ import annotations\ndef f(a: 1 + 1 = 2 * 3) -> -1:\n    x: 2 ** 3 = 4 - 5\n',
  // match patterns
  'match x:\n    case -1: pass\n    case 1 + 2j: pass\n    case {-1: a, 2 - 3j: b}: pass\n    case (-1.5, ...): pass\n',
  // type aliases and type parameters (3.12)
  'type T = 1 + 2\ndef f[X: 2 * 3](): pass\n',
  // nothing to fold, but nested everywhere
  'lambda a=-1: (a + 1) * 2\nx = {1 + 1: -2, **d}\ny = f(1 + 1, k=2 * 2)\nz = x[1:2 + 3:-1]\nw = f"{1 + 1}{2 * 3:>{4 - 1}}"\n',
];

/** Random constant expressions over ints, floats, complex, bools, strings, bytes and tuples. */
const leaf = fc.oneof(
  fc.integer({ min: -3, max: 300 }).map(String),
  fc.constantFrom('0', '2', '7', '2 ** 64', '10 ** 20', '0x7fffffff', '1_000_000_007'),
  fc.constantFrom('0.0', '0.5', '1.5', '2.0', '0.1', '3.7', '1e300', '1e-300', '1e16', '-0.0', '2.5e-5'),
  fc.constantFrom('1j', '0.5j', '2j', '0j', '3.5j'),
  fc.constantFrom('True', 'False', 'None'),
  fc.constantFrom('"ab"', '""', '"x\u00e9"', 'b"xy"', 'b""', '(1, 2)', '()', '("a",)'),
);
const binaryOps = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^'];
const unaryOps = ['-', '+', '~', 'not '];
const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('e'), fc.constantFrom(...binaryOps), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(fc.constantFrom(...unaryOps), tie('e')).map(([op, a]) => `(${op}${a})`),
    fc.tuple(tie('e'), fc.integer({ min: -3, max: 3 })).map(([a, i]) => `${a}[${i}]`),
  ),
})).e;

const generated = fc.sample(expression, { seed: 20261130, numRuns: 400 }).map((e) => `x = ${e}\n`);
/** Programs known to differ, each with its reason; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

describeDisCases('constant folding equals CPython 3.12 (dis of folded programs)', [...CASES, ...generated], KNOWN_DIFFERENCES);
