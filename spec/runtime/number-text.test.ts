// int(str, base), float(str), str/bin/oct/hex of ints and round() against
// CPython 3.12: hand-picked and fixed-seed fast-check inputs all go to ONE
// python3 process; the expected results are what it computes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatRepr } from '../../src/runtime/float-repr.js';
import { intToBin, intToHex, intToOct, intToStr, floatFromText, intFromText } from '../../src/runtime/number-text.js';
import { PythonError } from '../../src/runtime/python-error.js';
import { roundFloat, roundFloatToInt, roundInt } from '../../src/runtime/round.js';
import { runPythonJson } from '../../src/testing/python-json.js';

const SEED = 20240905;

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const fromBits = (bits: bigint): number => ((u64[0] = bits), f64[0]!);
const toBitsHex = (x: number): string => ((f64[0] = x), u64[0]!.toString(16).padStart(16, '0'));
/** A bigint as Python's format(n, 'x'), which no digit limit stops. */
const hexOf = (n: bigint): string => (n < 0n ? '-' + (-n).toString(16) : n.toString(16));
const codePointsOf = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0)!);

/** '=' + the value, or CPython's last traceback line for a PythonError. */
function outcome(f: () => string): string {
  try {
    return '=' + f();
  } catch (e) {
    if (e instanceof PythonError) return e.lastLine;
    throw e;
  }
}

// ---------------------------------------------------------------------------
// int(text, base)

const big = '1'.repeat(4300);
const handInts: Array<[string, number]> = [
  ['010', 0], ['0_0', 0], ['00', 0], ['0_', 0], ['0x_1f', 0], ['0x_1f', 16], ['0x', 16], ['0b1', 2], ['0b1', 16],
  ['0_x1', 16], ['_1', 10], ['1_', 10], ['1__2', 10], [' 1 ', 10], ['\x1c1', 10], ['\x851\u3000', 10], ['٣', 10],
  ['+ 1', 10], ['-0x1', 0], ['0o17', 8], ['0O17', 0], ['1\x00', 10], ['\x00', 10], ['a'.repeat(300), 10], ['é'.repeat(300), 10],
  ['0B', 0], ['0b', 0], ['0x_', 0], ['-', 10], ['', 10], ['  ', 10], ['\u00b2', 10], ['\u{1D7CE}', 10], ['z', 36], ['Z', 36],
  ['1', 1], ['1', 37], ['1', -1], ['1', 100], ['0000000000', 0], ['0_0_0', 0], ['00_1', 0], ['07', 0], ['٠٣', 0], ['0٣', 0],
  ['1\x7f', 10], ['1\u{10ffff}', 10], ['1\ud800', 10], ['٣_٣', 10], ['-0', 0], ['+0b_1_0', 0], ['0x__1', 0], ['12', 2],
  ['zz', 35], ['9'.repeat(30), 7], ['1'.repeat(50), 3], ['vV', 32], ['33', 4], ['-' + 'f'.repeat(40), 16],
  [big, 10], [big + '1', 10], [' -' + big + '1 ', 10], ['0'.repeat(4301), 10], ['0'.repeat(4301), 0], ['0'.repeat(4000) + '1', 0],
  [big.split('').join('_'), 10], [big + '1_1', 10], [big + '1x', 10], [big + '1\x00', 10], [big + '1', 16], [big + '1', 32],
  ['0x' + big + '1', 0], [big + '1', 0], [big + '1', 3], [big + '1', 36], ['1'.repeat(20000), 2], [big + '11\u3000', 10],
];

const intFragments = [
  '0', '1', '2', '7', '9', '0', '1', '5', '_', '_', '+', '-', ' ', '\t', '\n', '\u3000', '\x85', '\xa0', '\x1c', '\x0b',
  '0x', '0o', '0b', '0X', '0B', 'a', 'f', 'F', 'g', 'z', 'Z', 'x', 'o', 'b', '٣', '𝟎', '०', '߀', '²', '½', '.', 'e', 'é', '\x00', '\ud800',
];
const intBases = [0, 0, 0, 10, 10, 10, 2, 8, 16, 36, 3, 7, 35, 4, 32, 1, 37, -5];
/** Text shaped like a literal: whitespace, sign, prefix, digit groups. */
const literalLike = fc
  .tuple(
    fc.constantFrom('', ' ', '\u2003', '\t'), fc.constantFrom('', '+', '-'), fc.constantFrom('', '', '0x', '0o', '0b', '0x_', '0'),
    fc.array(fc.stringMatching(/^[0-9a-fA-F٠-٩]{1,4}$/), { minLength: 1, maxLength: 5 }), fc.constantFrom('_', '', '__'),
    fc.constantFrom('', ' ', '\u3000\n'),
  )
  .map(([lead, sign, prefix, groups, sep, trail]) => lead + sign + prefix + groups.join(sep) + trail);
/** Decimal digits (ASCII or Arabic-Indic) in groups, mostly valid in bases 0 and 10. */
const decimalIntLike = fc
  .tuple(
    fc.constantFrom('', ' ', '\u2003'), fc.constantFrom('', '+', '-'),
    fc.array(fc.stringMatching(/^[0-9٠-٩]{1,5}$/), { minLength: 1, maxLength: 4 }), fc.constantFrom('_', '', '', '__'), fc.constantFrom('', ' ', '\u3000\n'),
  )
  .map(([lead, sign, groups, sep, trail]) => lead + sign + groups.join(sep) + trail);
const intCases: Array<[string, number]> = [
  ...handInts,
  ...fc.sample(fc.tuple(fc.array(fc.constantFrom(...intFragments), { maxLength: 8 }).map((a) => a.join('')), fc.constantFrom(...intBases)), { seed: SEED, numRuns: 3000 }),
  ...fc.sample(fc.tuple(literalLike, fc.constantFrom(...intBases)), { seed: SEED + 1, numRuns: 2000 }),
  ...fc.sample(fc.tuple(decimalIntLike, fc.constantFrom(0, 10, 10, 16, 36, 7)), { seed: SEED + 17, numRuns: 1500 }),
];
/** Cases under another sys.set_int_max_str_digits() limit: [text, base, limit]. */
const limitedInts: Array<[string, number, number]> = [
  ['1'.repeat(640), 10, 640], ['1'.repeat(641), 10, 640], ['1'.repeat(641), 0, 640], ['1'.repeat(5000), 10, 0], ['1'.repeat(5000), 5, 5000],
];

// ---------------------------------------------------------------------------
// float(text)

const handFloats = [
  '1_0.5', '_1', '1_', '1__0', '1_.5', '1._5', '1e_5', '1e5_0', 'inf', '-Infinity', '+nAn', 'infinit', 'in f', '1e500', '-1e500',
  '0x10', '.', '1.', '.5', '1e', 'e5', '1e+', '  1.5\u3000', '٣.٥', '1_000.000_1', 'nan_', '-.5e-3', '++1', '1.5j', '1d0', '',
  '\x00', '1\x00', '1e-400', '-0', '-0.0', '+.0e-0', '2.2250738585072011e-308', '2.2250738585072012e-308', '9007199254740993',
  '1.00000000000000011102230246251565404236316680908203125', '1.000000000000000111022302462515654042363166809082031250001',
  '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623158e308',
  '1.7976931348623159e308', '0.' + '0'.repeat(400) + '1e400', '1' + '0'.repeat(400) + 'e-400', '1e99999999999999999999',
  '1e-99999999999999999999', '\x1c1', '1\x1c', 'INFINITY', '-iNF', '- inf', 'nan(1)', '1__', '1._', '_.5', '0_0.0_0e0_0',
  '1.5e1_0', '1e+_5', '١e١', '1e\u0663', '\u00b9', 'Infinity_', '1 _0', ' _1', '1' + '_1'.repeat(3000) + '.5',
  'x'.repeat(300), '1 2',
];
const floatFragments = [
  '0', '1', '5', '9', '0', '3', '_', '_', '.', '.', 'e', 'E', '+', '-', ' ', '\t', '\u3000', '\x85', '\x1c', 'inf', 'nan',
  'infinity', 'iNf', 'NaN', 'x', '0x', 'j', '٣', '𝟗', '²', '\x00',
];
const decimalLike = fc
  .tuple(
    fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{0,25}$/), fc.constantFrom('', '.'), fc.stringMatching(/^[0-9]{0,25}$/),
    fc.oneof(fc.constant(''), fc.integer({ min: -360, max: 360 }).map((e) => `e${e}`), fc.integer({ min: -30, max: 30 }).map((e) => `E+${e}`)),
  )
  .map(([sign, a, dot, b, exp]) => sign + a + dot + b + exp);
/** Digit strings at and next to the halfway points between adjacent doubles. */
const halfway = fc.bigInt({ min: 1n, max: (1n << 64n) - 1n }).chain((bits) =>
  fc.constantFrom(-1n, 0n, 1n).map((nudge) => {
    const x = Math.abs(fromBits(bits & 0x7fefffffffffffffn));
    // (x + next(x)) / 2 written out exactly, then nudged in the last place.
    const { m, e } = exactOf(x);
    const mid = 2n * m + 1n; // (2m+1)·2^(e-1)
    const [num, exp10] = e - 1 >= 0 ? [mid << BigInt(e - 1), 0] : [mid * 5n ** BigInt(1 - e), e - 1];
    return `${num * 10n + nudge}e${exp10 - 1}`;
  }),
);
function exactOf(x: number): { m: bigint; e: number } {
  f64[0] = x;
  const b = u64[0]!;
  const biased = Number(b >> 52n);
  const frac = b & 0xfffffffffffffn;
  return biased === 0 ? { m: frac, e: -1074 } : { m: frac | (1n << 52n), e: biased - 1075 };
}
const floatCases: string[] = [
  ...handFloats,
  ...fc.sample(fc.array(fc.constantFrom(...floatFragments), { maxLength: 7 }).map((a) => a.join('')), { seed: SEED + 2, numRuns: 3000 }),
  ...fc.sample(decimalLike, { seed: SEED + 3, numRuns: 2000 }),
  ...fc.sample(halfway, { seed: SEED + 4, numRuns: 300 }),
];

// ---------------------------------------------------------------------------
// str / bin / oct / hex of ints

const ten = (k: number): bigint => 10n ** BigInt(k);
const formatCases: bigint[] = [
  0n, 1n, -1n, 5n, -5n, 255n, -256n, ten(4300) - 1n, ten(4300), -(ten(4300) - 1n), -ten(4300), ten(4299), 2n ** 14284n, 2n ** 14285n,
  2n ** 14286n, -(2n ** 14286n), ten(10000), 2n ** 100000n,
  ...fc.sample(fc.bigInt({ min: -(1n << 200n), max: 1n << 200n }), { seed: SEED + 5, numRuns: 300 }),
  ...fc.sample(fc.integer({ min: 4290, max: 4310 }).chain((k) => fc.bigInt({ min: ten(k - 1), max: ten(k) - 1n })), { seed: SEED + 6, numRuns: 40 }),
];
const limitedFormats: Array<[bigint, number]> = [[ten(640) - 1n, 640], [ten(640), 640], [-ten(640), 640], [ten(5000), 0]];

// ---------------------------------------------------------------------------
// round()

type Nd = number | bigint | null;
const roundFloatCases: Array<[number, Nd]> = [
  [2.675, 2], [0.125, 2], [0.375, 2], [-0.4, 0], [2.5, null], [-2.5, null], [0.5, null], [-0.5, null], [1.5, null], [0.5, 0],
  [1.5, 0], [-2.5, 0], [1.7976931348623157e308, -308], [1e300, -301], [1e300, -300], [5e-324, 323], [5e-324, 324], [1.5, 400],
  [1.5, -400], [-1.5, -309], [Infinity, 2], [-Infinity, -2], [NaN, 3], [NaN, null], [Infinity, null], [-Infinity, null], [123.456, -1],
  [-0, 2], [0, -400], [-0, null], [1.5, 10n ** 30n], [1.5, -(10n ** 30n)], [-1.5, -(10n ** 30n)], [-1.5, -400], [4503599627370495.5, null], [4503599627370497, null], [1e300, null], [-1e20, null], [25, -1],
  [35, -1], [-25, -1], [1.5e308, -308], [8.5e307, -308], [0.5e-323, 323], [2.5e-323, 323], [1e-320, 320], [9.5, 0],
];
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Decimal magnitude of x, to aim ndigits at x's last few significant places. */
const mag = (x: number): number => (x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x))));
roundFloatCases.push(
  ...fc.sample(fc.tuple(finite, fc.oneof(fc.integer({ min: -340, max: 340 }), fc.constant(null))), { seed: SEED + 7, numRuns: 800 }),
  ...fc.sample(
    fc.tuple(fc.integer({ min: 1, max: 99999999 }), fc.integer({ min: -30, max: 30 }), fc.integer({ min: -4, max: 20 }), fc.boolean()).map(
      ([d, k, off, neg]): [number, Nd] => {
        const x = Number(`${neg ? '-' : ''}${d}e${k}`);
        return [x, off - mag(x)];
      },
    ),
    { seed: SEED + 8, numRuns: 1500 },
  ),
  // Exact ties: odd/2^j has a 5 in place j, so ndigits = j-1 ties; (2t+1)·5·10^(d-1) ties at ndigits = -d.
  ...fc.sample(
    fc.tuple(fc.integer({ min: 0, max: 1 << 20 }), fc.integer({ min: 1, max: 40 }), fc.boolean()).map(([a, j, neg]): [number, Nd] => [
      ((neg ? -1 : 1) * (2 * a + 1)) / 2 ** j, j - 1,
    ]),
    { seed: SEED + 9, numRuns: 600 },
  ),
  ...fc.sample(
    fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 10 }), fc.boolean()).map(([t, d, neg]): [number, Nd] => [
      (neg ? -1 : 1) * (2 * t + 1) * 5 * 10 ** (d - 1), -d,
    ]),
    { seed: SEED + 10, numRuns: 300 },
  ),
  ...fc.sample(fc.tuple(fc.double({ min: 1e300, max: 1.7976931348623157e308, noNaN: true }), fc.integer({ min: -310, max: -295 })), { seed: SEED + 11, numRuns: 200 }),
  ...fc.sample(fc.tuple(fc.double({ min: -1e17, max: 1e17, noNaN: true }), fc.constant(null)), { seed: SEED + 12, numRuns: 500 }),
  ...fc.sample(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }).map((k) => k + 0.5), fc.constant(null)), { seed: SEED + 13, numRuns: 200 }),
  ...fc.sample(fc.tuple(fc.double({ min: 0, max: 1e-300, noNaN: true }), fc.integer({ min: 300, max: 330 })), { seed: SEED + 14, numRuns: 200 }),
);
const roundIntCases: Array<[bigint, bigint | null]> = [
  [25n, -1n], [35n, -1n], [-25n, -1n], [15n, -1n], [149n, -2n], [150n, -2n], [250n, -2n], [5n, -1n], [5n, -2n], [50n, -2n],
  [-50n, -2n], [7n, null], [7n, 3n], [0n, -5n], [-(ten(50) / 2n), -50n], [ten(50) / 2n + 1n, -50n], [ten(50), -51n], [ten(50), -400n],
  [2n ** 1000n, -301n], [2n ** 1000n, -302n], [-(2n ** 1000n), -100n], [7n, 10n ** 30n],
  ...fc.sample(fc.tuple(fc.bigInt({ min: -(1n << 200n), max: 1n << 200n }), fc.integer({ min: -70, max: 3 }).map(BigInt)), { seed: SEED + 15, numRuns: 800 }),
  ...fc.sample(
    fc.tuple(fc.bigInt({ min: 0n, max: ten(20) }), fc.integer({ min: 1, max: 30 }), fc.boolean()).map(([t, k, neg]): [bigint, bigint] => [
      (neg ? -1n : 1n) * (2n * t + 1n) * 5n * ten(k - 1), BigInt(-k),
    ]),
    { seed: SEED + 16, numRuns: 400 },
  ),
];

// ---------------------------------------------------------------------------
// The oracle

const PY = String.raw`
import sys, json, struct
assert sys.version_info[:2] == (3, 12), sys.version
req = json.load(sys.stdin)
s = lambda cps: ''.join(map(chr, cps))
f = lambda h: struct.unpack('>d', bytes.fromhex(h))[0]
def run(fn):
    try:
        return '=' + fn()
    except Exception as e:
        return f'{type(e).__name__}: {e}' if str(e) else type(e).__name__
def limited(limit, fn):
    sys.set_int_max_str_digits(limit)
    try:
        return run(fn)
    finally:
        sys.set_int_max_str_digits(4300)
def rnd(x, nd):
    r = round(x, nd)
    return repr(r) if isinstance(r, float) else format(r, 'x')
out = {
  'ints': [run(lambda: format(int(s(t), b), 'x')) for t, b in req['ints']],
  'limitedInts': [limited(l, lambda: format(int(s(t), b), 'x')) for t, b, l in req['limitedInts']],
  'floats': [run(lambda: repr(float(s(t)))) for t in req['floats']],
  'formats': [[run(lambda: str(n)), bin(n), oct(n), hex(n)] for n in (int(h, 16) for h in req['formats'])],
  'limitedFormats': [limited(l, lambda: str(int(h, 16))) for h, l in req['limitedFormats']],
  'roundFloats': [run(lambda: rnd(f(h), None if nd is None else int(nd))) for h, nd in req['roundFloats']],
  'roundInts': [run(lambda: format(round(int(h, 16), None if nd is None else int(nd)), 'x')) for h, nd in req['roundInts']],
}
json.dump(out, sys.stdout)
`;

interface PyOut {
  ints: string[];
  limitedInts: string[];
  floats: string[];
  formats: string[][];
  limitedFormats: string[];
  roundFloats: string[];
  roundInts: string[];
}

const py = runPythonJson<PyOut>(['-c', PY], {
  ints: intCases.map(([t, b]) => [codePointsOf(t), b]),
  limitedInts: limitedInts.map(([t, b, l]) => [codePointsOf(t), b, l]),
  floats: floatCases.map(codePointsOf),
  formats: formatCases.map(hexOf),
  limitedFormats: limitedFormats.map(([n, l]) => [hexOf(n), l]),
  roundFloats: roundFloatCases.map(([x, nd]) => [toBitsHex(x), nd === null ? null : String(nd)]),
  roundInts: roundIntCases.map(([n, nd]) => [hexOf(n), nd === null ? null : nd.toString()]),
});

/** The first mismatches between our outcomes and CPython's, one line each. */
function mismatches(labels: string[], actual: string[], expected: string[]): string[] {
  expect(actual.length).toBe(expected.length);
  const bad: string[] = [];
  for (let i = 0; i < actual.length && bad.length < 20; i++) {
    if (actual[i] !== expected[i]) bad.push(`${labels[i]}: got ${JSON.stringify(actual[i]?.slice(0, 300))}, CPython ${JSON.stringify(expected[i]?.slice(0, 300))}`);
  }
  return bad;
}
const label = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)).slice(0, 120);
/** The share of outcomes that are values, not errors: a batch must exercise both. */
const valueShare = (outs: string[]): number => outs.filter((o) => o.startsWith('=')).length / outs.length;

describe('intFromText (int(str, base))', () => {
  it(`matches CPython for ${intCases.length} texts and bases`, () => {
    const actual = intCases.map(([t, b]) => outcome(() => hexOf(intFromText(t, b))));
    expect(mismatches(intCases.map(label), actual, py.ints)).toEqual([]);
    expect(valueShare(py.ints)).toBeGreaterThan(0.2);
    expect(valueShare(py.ints)).toBeLessThan(0.8);
  });

  it('matches CPython under other sys.set_int_max_str_digits() limits', () => {
    const actual = limitedInts.map(([t, b, l]) => outcome(() => hexOf(intFromText(t, b, l))));
    expect(mismatches(limitedInts.map(label), actual, py.limitedInts)).toEqual([]);
  });
});

describe('floatFromText (float(str))', () => {
  it(`matches CPython for ${floatCases.length} texts`, () => {
    const actual = floatCases.map((t) => outcome(() => floatRepr(floatFromText(t))));
    expect(mismatches(floatCases.map(label), actual, py.floats)).toEqual([]);
    expect(valueShare(py.floats)).toBeGreaterThan(0.2);
    expect(valueShare(py.floats)).toBeLessThan(0.8);
  });
});

describe('intToStr / intToBin / intToOct / intToHex', () => {
  it(`match CPython str(), bin(), oct(), hex() for ${formatCases.length} ints`, () => {
    const actual = formatCases.map((n) => [outcome(() => intToStr(n)), intToBin(n), intToOct(n), intToHex(n)].join(' '));
    expect(mismatches(formatCases.map((n) => hexOf(n).slice(0, 40)), actual, py.formats.map((r) => r.join(' ')))).toEqual([]);
  });

  it('match CPython str() under other limits', () => {
    const actual = limitedFormats.map(([n, l]) => outcome(() => intToStr(n, l)));
    expect(mismatches(limitedFormats.map(([n, l]) => `${hexOf(n).slice(0, 20)} ${l}`), actual, py.limitedFormats)).toEqual([]);
  });
});

describe('round', () => {
  it(`matches CPython round(float, ndigits) for ${roundFloatCases.length} cases`, () => {
    const actual = roundFloatCases.map(([x, nd]) =>
      outcome(() => (nd === null ? hexOf(roundFloatToInt(x)) : floatRepr(roundFloat(x, nd)))),
    );
    const labels = roundFloatCases.map(([x, nd]) => `round(${floatRepr(x)}, ${nd})`);
    expect(mismatches(labels, actual, py.roundFloats)).toEqual([]);
  });

  it(`matches CPython round(int, ndigits) for ${roundIntCases.length} cases`, () => {
    const actual = roundIntCases.map(([n, nd]) => outcome(() => hexOf(roundInt(n, nd))));
    expect(mismatches(roundIntCases.map(label), actual, py.roundInts)).toEqual([]);
  });

});
