// formatInt / formatBool / formatFloat / formatStr against CPython 3.12's
// format(value, spec): hand-picked inputs and fixed-seed fast-check ones (random
// values × random valid and invalid specs) all go to ONE python3 process, and
// the expected text — the result, or the `Type: message` line of the
// exception — is what CPython gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBool, formatFloat, formatInt, formatStr } from '../../src/runtime/format-spec.js';
import { PythonError } from '../../src/runtime/python-error.js';
import { runPythonJson } from '../../src/testing/python-json.js';
import { fromBits, toBitsHex } from './float-bits.js';

const SEED = 20240917;

// ---------------------------------------------------------------------------
// Values


const edgeFloats: number[] = [
  0, -0, Infinity, -Infinity, NaN, fromBits(0xfff8000000000000n), 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375,
  0.05, 0.15, 0.25, 9.5, 10.5, 99.5, 999.5, 0.0005, 0.00015, 1e-4, 1e-5, 9.9999e-5, 1e16, 1e15, 9.999999e15,
  123456.789, -123456.789, 1234567.0, 1e21, 1e22, 1e23, 2 ** 53, 2 ** 63, 2 ** 64, 1 / 3, 2 / 3, Math.PI,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2.2250738585072014e-308, 0.1, 0.7, 9.995, 1.005,
  -0.0001, -1e-10, 5e-7, 0.9999999, 99999.95, 1e100, 1.25e-300,
];
const randomFloats: number[] = [
  ...fc.sample(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(fromBits), { seed: SEED, numRuns: 500 }),
  ...fc.sample(fc.double(), { seed: SEED + 1, numRuns: 300 }),
  // Short decimals and exact ties (k/2^n) near the rounding positions.
  ...fc.sample(
    fc.tuple(fc.integer({ min: -999999, max: 999999 }), fc.integer({ min: -12, max: 12 })).map(([m, e]) => Number(`${m}e${e}`)),
    { seed: SEED + 2, numRuns: 500 },
  ),
  ...fc.sample(
    fc.tuple(fc.integer({ min: -(2 ** 20), max: 2 ** 20 }), fc.integer({ min: 0, max: 12 })).map(([m, n]) => m / 2 ** n),
    { seed: SEED + 3, numRuns: 500 },
  ),
];

const edgeInts: bigint[] = [
  0n, 1n, -1n, 7n, -7n, 10n, 255n, -255n, 1000n, 1234567n, -1234567n, 0x10ffffn, 0x110000n, 0xd800n, 65n,
  2n ** 31n, 2n ** 53n + 1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n, 10n ** 30n,
  -(10n ** 30n), 2n ** 1023n * 3n, 2n ** 1024n, -(2n ** 1024n), 2n ** 1024n - 2n ** 970n, 2n ** 1024n - 2n ** 971n,
];
const randomInts: bigint[] = [
  ...fc.sample(fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }), { seed: SEED + 4, numRuns: 300 }),
  ...fc.sample(fc.integer({ min: -100000, max: 100000 }).map(BigInt), { seed: SEED + 5, numRuns: 500 }),
  ...fc.sample(fc.integer({ min: 0, max: 0x10ffff }).map(BigInt), { seed: SEED + 6, numRuns: 200 }),
];

const codePoint = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0, max: 0x10ffff }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0x1f600, max: 0x1f64f }),
);
function fromCodePoints(cps: number[]): string {
  let s = '';
  for (const cp of cps) s += String.fromCodePoint(cp);
  return s;
}
const edgeStrs = ['', 'a', 'abc', 'hello world', '😀', 'a😀b', '\ud800', 'e\u0301', '\0', 'x'.repeat(30)];
const randomStrs = fc.sample(fc.array(codePoint, { maxLength: 12 }).map(fromCodePoints), { seed: SEED + 7, numRuns: 400 });

// ---------------------------------------------------------------------------
// Specs

const opt = <T>(arb: fc.Arbitrary<T>, empty: T, freq = 1): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constant(empty), weight: 20 }, { arbitrary: arb, weight: Math.round(freq * 10) });
const fillChar = fc.constantFrom(' ', '*', '0', '<', '>', '{', '\0', 'é', '😀', '\udc00', '\u0663', '1', '+', ',', '_', '.', 'z', '#', '=');
const typeChar = fc.constantFrom(
  'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'a', 'z', 'é', '\0', ' ', '😀', 'i', 'u',
);
/** Widths and precisions: mostly small, sometimes non-ASCII digits, rarely too many digits. */
const number = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 40 }).map(String), weight: 10 },
  { arbitrary: fc.integer({ min: 0, max: 120 }).map(String), weight: 2 },
  { arbitrary: fc.constantFrom('00', '007', '\u0663', '1\u0660', '\uff11\uff12', '\u{1d7d9}', '9223372036854775808', '99999999999999999999'), weight: 1 },
);

/**
 * A spec following the grammar (each part optional), sometimes with a stray
 * character; `types` weighs the presentation types (all of them, or the ones
 * a value's type accepts), `precisionWeight` how often a precision appears.
 */
function grammarSpecOf(types: fc.Arbitrary<string>, precisionWeight: number): fc.Arbitrary<string> {
  return fc
    .record({
      fill: opt(fillChar, '', 1),
      align: opt(fc.constantFrom('<', '>', '=', '^'), ''),
      sign: opt(fc.constantFrom('+', '-', ' '), ''),
      z: opt(fc.constant('z'), '', 0.3),
      alt: opt(fc.constant('#'), '', 0.5),
      zero: opt(fc.constant('0'), '', 0.5),
      width: opt(number, ''),
      grouping: opt(fc.constantFrom(',', '_', ',_', '_,', ',,'), '', 0.7),
      precision: opt(fc.oneof({ arbitrary: number.map((n) => '.' + n), weight: 9 }, { arbitrary: fc.constant('.'), weight: 1 }), '', precisionWeight),
      type: opt(types, '', 3),
      stray: opt(typeChar, '', 0.1),
    })
    .map((p) => (p.align === '' ? '' : p.fill + p.align) + p.sign + p.z + p.alt + p.zero + p.width + p.grouping + p.precision + p.type + p.stray);
}
const grammarSpec = grammarSpecOf(typeChar, 1);
/** Short strings over the spec alphabet, valid or (mostly) not. */
const soupSpec = fc.string({ unit: fc.constantFrom('<', '>', '=', '^', '+', '-', ' ', 'z', '#', '0', '1', '5', ',', '_', '.', 'd', 'f', 'x', 'e', 'g', '%', 'c'), maxLength: 7 });
const anySpec = fc.oneof({ arbitrary: grammarSpec, weight: 5 }, { arbitrary: soupSpec, weight: 1 });
/** Specs with few errors for each type: its own presentation types, and the flags it takes. */
const intSpec = grammarSpecOf(fc.constantFrom('b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%'), 0.05);
const floatSpec = grammarSpecOf(fc.constantFrom('e', 'E', 'f', 'F', 'g', 'G', 'n', '%'), 1);
const strSpec = fc
  .record({
    fill: opt(fillChar, '', 1),
    align: opt(fc.constantFrom('<', '>', '^'), ''),
    zero: opt(fc.constant('0'), '', 0.3),
    width: opt(number, ''),
    precision: opt(number.map((n) => '.' + n), ''),
    type: opt(fc.constant('s'), ''),
  })
  .map((p) => (p.align === '' ? '' : p.fill + p.align) + p.zero + p.width + p.precision + p.type);
/** Float specs aimed at rounding: e f g % with a precision. */
const roundingSpec = fc
  .tuple(fc.constantFrom('', '+', ' ', 'z', '#', ','), fc.oneof({ arbitrary: fc.integer({ min: 0, max: 25 }), weight: 8 }, { arbitrary: fc.integer({ min: 0, max: 400 }), weight: 1 }), fc.constantFrom('e', 'f', 'g', '%', 'E', 'G', 'n', ''))
  .map(([flags, p, t]) => `${flags}.${p}${t}`);

const handSpecs = [
  '', 'd', 'x', 'X', '#x', '#X', '#o', '#b', 'b', 'o', 'c', 'n', ',', '_', '_x', '_b', '#_b', ',d', '010', '010,', '06,', '+', ' ',
  '-', '0=10', '*^11', '<5', '>5', '=+8', '^', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.3', '.0', '.0f', '.0e', '.0g', '#.0f', '#.0e',
  '#g', '#.3g', '#', 'z', 'z.1f', '+.2e', ',.2f', '_.3f', '015,.2f', '0=15,.2f', 'x<+#15_X', '\0', '\0<5', '.100f', '.1100f',
  '.120e', '.30g', '.17g', ',e', '10,', '020_', '09_x', 'r', 's', '5s', '.2s', '^9.3s', '+s', ' s', 'zs', '#s', '=5s', ',s',
  '😀^12', '\u0663', '.\u0663f', '1.', '.', ',_', '_,', 'xx', '1.2x', '99999999999999999999', '.99999999999999999999',
  '.3000000000f', '.2147483647e', '#.2147483647e', '.2147483647g', '.2147483647', '.100000g', '.2000f', '.1500e', '#.800g', '100000000000', '05', '<05', '%5', '+c', '#c', ',c', '_n', ',n', 'é', ',é', '.2%', 'z.2%', '+010.3f', '-^+9',
];
const handInts = [0n, 5n, -5n, 42n, 255n, -255n, 1234567n, -1234567n, 0x10ffffn, -1n, 2n ** 64n, 2n ** 1024n, 65n];
const handFloats = [2.2250738585072009e-308, 0, -0, 1.5, -1.5, 0.125, 2.5, 1234.5678, -1234.5678, 1e20, 1e-7, 5e-324, -1e-300, Infinity, -Infinity, NaN, 1 / 3, 1e16];
const handStrs = ['', 'abc', 'a😀b', '\ud800x', 'hello world'];

// ---------------------------------------------------------------------------
// Cases and the oracle

type Kind = 'int' | 'bool' | 'float' | 'str';
interface Case { kind: Kind; value: string; spec: string }

const cases: Case[] = [];
const addInt = (v: bigint, spec: string) => cases.push({ kind: 'int', value: v.toString(), spec });
const addFloat = (v: number, spec: string) => cases.push({ kind: 'float', value: toBitsHex(v), spec });
const addStr = (v: string, spec: string) => cases.push({ kind: 'str', value: v, spec });

for (const s of handSpecs) {
  for (const v of handInts) addInt(v, s);
  for (const v of handFloats) addFloat(v, s);
  for (const v of handStrs) addStr(v, s);
  for (const v of [true, false]) cases.push({ kind: 'bool', value: v ? '1' : '0', spec: s });
}
const ints = [...edgeInts, ...randomInts];
const floats = [...edgeFloats, ...randomFloats];
const strs = [...edgeStrs, ...randomStrs];
const specs = (n: number, seed: number, arb: fc.Arbitrary<string> = anySpec) => fc.sample(arb, { seed, numRuns: n });
const intSpecs = specs(ints.length, SEED + 10);
const floatSpecs = specs(floats.length, SEED + 11);
const roundingSpecs = specs(floats.length, SEED + 12, roundingSpec);
const strSpecs = specs(strs.length, SEED + 13);
const intSpecs2 = specs(ints.length, SEED + 15, intSpec);
const floatSpecs2 = specs(floats.length, SEED + 16, floatSpec);
const strSpecs2 = specs(strs.length, SEED + 17, strSpec);
ints.forEach((v, i) => { addInt(v, intSpecs[i]!); addInt(v, intSpecs2[i]!); });
floats.forEach((v, i) => { addFloat(v, floatSpecs[i]!); addFloat(v, roundingSpecs[i]!); addFloat(v, floatSpecs2[i]!); });
strs.forEach((v, i) => { addStr(v, strSpecs[i]!); addStr(v, strSpecs2[i]!); });
specs(300, SEED + 14).forEach((s, i) => cases.push({ kind: 'bool', value: i % 2 ? '1' : '0', spec: s }));

const PY = String.raw`
import sys, json, struct
assert sys.version_info[:2] == (3, 12), sys.version
def value(kind, v):
    if kind == 'int': return int(v)
    if kind == 'bool': return v == '1'
    if kind == 'float': return struct.unpack('>d', bytes.fromhex(v))[0]
    return v
out = []
for c in json.load(sys.stdin):
    try:
        out.append(['=', format(value(c['kind'], c['value']), c['spec'])])
    except Exception as e:
        msg = str(e)
        out.append(['!', type(e).__name__ + (': ' + msg if msg else '')])
json.dump(out, sys.stdout)
`;
const expected = runPythonJson<Array<['=' | '!', string]>>(['-c', PY], cases);

function etpy(c: Case): ['=' | '!', string] {
  try {
    switch (c.kind) {
      case 'int': return ['=', formatInt(BigInt(c.value), c.spec)];
      case 'bool': return ['=', formatBool(c.value === '1', c.spec)];
      case 'float': return ['=', formatFloat(fromBits(BigInt('0x' + c.value)), c.spec)];
      case 'str': return ['=', formatStr(c.value, c.spec)];
    }
  } catch (e) {
    if (e instanceof PythonError) return ['!', e.lastLine];
    throw e;
  }
}

function check(kind: Kind): void {
  const bad: string[] = [];
  let ok = 0, errors = 0;
  cases.forEach((c, i) => {
    if (c.kind !== kind) return;
    const want = expected[i]!;
    if (want[0] === '=') ok++; else errors++;
    const got = etpy(c);
    if (got[0] !== want[0] || got[1] !== want[1]) {
      bad.push(`format(${c.kind} ${JSON.stringify(c.value)}, ${JSON.stringify(c.spec)}): got ${JSON.stringify(got)}, CPython ${JSON.stringify(want)}`);
    }
  });
  expect(bad.slice(0, 20)).toEqual([]);
  // Both results and exceptions must have been exercised.
  expect(ok).toBeGreaterThan(50);
  expect(errors).toBeGreaterThan(50);
}

describe('format(value, spec) matches CPython 3.12', () => {
  const count = (k: Kind) => cases.filter((c) => c.kind === k).length;
  it(`int (${count('int')} cases)`, () => check('int'));
  it(`bool (${count('bool')} cases)`, () => check('bool'));
  it(`float (${count('float')} cases)`, () => check('float'));
  it(`str (${count('str')} cases)`, () => check('str'));
});
