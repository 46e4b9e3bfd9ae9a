// float.hex / fromhex / as_integer_ratio / is_integer and int bit methods
// against CPython 3.12: every case goes to ONE python3 process; floats travel
// as 64-bit patterns, ints as decimal text, errors as CPython's last line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  floatAsIntegerRatio, floatFromHex, floatHex, floatIsInteger, intAsIntegerRatio, intBitCount, intBitLength,
} from '../../src/runtime/float-methods.js';
import { PythonError } from '../../src/runtime/python-error.js';
import { runPythonJson } from '../../src/testing/python-json.js';
import { fromBits, toBitsHex } from './float-bits.js';

const SEED = 31415;

const PYTHON = String.raw`
import json, struct, sys
def f(h): return struct.unpack('>d', bytes.fromhex(h))[0]
def bits(x): return struct.pack('>d', x).hex()
def run(fn):
    try: return fn()
    except Exception as e: return '!' + type(e).__name__ + ': ' + str(e)
d = json.loads(sys.stdin.buffer.read().decode('utf-8', 'surrogatepass'))
out = {}
out['hex'] = [f(h).hex() for h in d['floats']]
out['ratio'] = [run(lambda: [str(v) for v in f(h).as_integer_ratio()]) for h in d['floats']]
out['isint'] = [f(h).is_integer() for h in d['floats']]
out['fromhex'] = [run(lambda: bits(float.fromhex(s))) for s in d['strings']]
out['ints'] = [[int(n).bit_length(), int(n).bit_count(), [str(v) for v in int(n).as_integer_ratio()]] for n in d['ints']]
sys.stdout.write(json.dumps(out))
`;

const run = <T>(fn: () => T): T | string => {
  try { return fn(); } catch (e) { if (e instanceof PythonError) return '!' + e.lastLine; throw e; }
};

const specialBits = [
  0n, 1n << 63n, 1n, 2n, 0xfffffffffffffn, 0x10000000000000n, 0x3ff0000000000000n, 0x7fefffffffffffffn,
  0x7ff0000000000000n, 0xfff0000000000000n, 0x7ff8000000000000n, 0xfff8000000000000n, 0x7ff0000000000001n,
  0x4340000000000000n, 0x4330000000000000n, 0x432fffffffffffffn, 0xc000000000000000n, 0x3fe0000000000000n,
];
const floatHexes = [
  ...specialBits.map((b) => b.toString(16).padStart(16, '0')),
  ...[0.1, -0.5, 1e300, 5e-324, 2.5, 3.0, 1e16, 123456789.125, -(2 ** 60)].map(toBitsHex),
  ...fc.sample(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), { seed: SEED, numRuns: 3000 })
    .map((b) => b.toString(16).padStart(16, '0')),
];

const handStrings = [
  '0x1p0', '0X1P0', '1', '1.', '.1', '.', '', ' ', '0x', 'x1', '0x.p1', '0x1.8p1', '-0x1.8p1', '+0x1.8p-1',
  '  0x1p1  ', '\t\n0x1p1\v\f\r', '0x1p', '0x1p+', '0x1p-1a', '0x1 p1', '0x1p1 x', 'inf', '-inf', '+INF',
  'Infinity', '-iNfInItY', 'infinit', 'nan', '-nan', 'NaN', ' nan ', 'nanx', '0x1.fffffffffffffp1023',
  '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffffp1023', '0x1p1024', '0x.8p1025', '0x1p-1074', '0x1p-1075',
  '0x1.0000000000001p-1075', '0x1.8p-1075', '0x3p-1076', '0x1p-1076', '0x0.0000000000001p-1022',
  '0x0.00000000000008p-1022', '0x0.00000000000018p-1022', '0x1.00000000000008p0', '0x1.00000000000018p0',
  '0x1.000000000000080000000000001p0', '0x1.00000000000007ffffffffffffp0', '0x10000000000000800p0',
  '0x0p99999999999999999999999', '0x1p99999999999999999999999', '0x1p-99999999999999999999999',
  '0x000000000000000000000000001p-100', '0x1p-99999999999999999999999junk', '0x1p99999999999999999999999junk',
  '1e5', '0x1e5', '0x1.2.3', '0x1p1.5', '0xg', '0x1\u00a0', '\u00a00x1', '١', '0x1\0', '0xx1', '00x1', '0x1_0',
  '0x1P-0', '-0x0p0', '-0', '-0x', 'infinityx', '-', '+', '0x\ud800', '\udc00x',
];
const hexChar = fc.constantFrom(...'0123456789abcdefABCDEF');
const genString = fc.tuple(
  fc.constantFrom('', ' ', '-', '+', ' -'), fc.constantFrom('0x', '0X', '', '0'),
  fc.string({ unit: hexChar, maxLength: 20 }), fc.option(fc.string({ unit: hexChar, maxLength: 20 })),
  fc.option(fc.tuple(fc.constantFrom('p', 'P'), fc.constantFrom('', '-', '+'), fc.integer({ min: -1200, max: 1200 }))),
  fc.constantFrom('', ' ', 'x', '\n'),
).map(([sign, pre, int, frac, exp, tail]) =>
  sign + pre + int + (frac === null ? '' : '.' + frac) + (exp === null ? '' : exp[0] + exp[1] + Math.abs(exp[2])) + tail);
const strings = [
  ...handStrings,
  ...floatHexes.slice(0, 500).map((h) => floatHex(fromBits(BigInt('0x' + h)))),
  ...fc.sample(genString, { seed: SEED, numRuns: 3000 }),
];

const ints = [
  0n, 1n, -1n, 255n, 256n, -256n, 2n ** 64n - 1n, -(2n ** 64n), 10n ** 100n,
  ...fc.sample(fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }), { seed: SEED, numRuns: 1000 }),
];

interface Out {
  hex: string[]; ratio: (string[] | string)[]; isint: boolean[]; fromhex: string[]; ints: [number, number, string[]][];
}
const py = runPythonJson<Out>(['-c', PYTHON], { floats: floatHexes, strings, ints: ints.map(String) });
const floats = floatHexes.map((h) => fromBits(BigInt('0x' + h)));

describe('float methods against CPython 3.12', () => {
  it(`float.hex on ${floats.length} floats`, () => {
    expect(floats.map(floatHex)).toEqual(py.hex);
  });
  it(`float.as_integer_ratio on ${floats.length} floats`, () => {
    expect(floats.map((x) => run(() => floatAsIntegerRatio(x).map(String)))).toEqual(py.ratio);
  });
  it(`float.is_integer on ${floats.length} floats`, () => {
    expect(floats.map(floatIsInteger)).toEqual(py.isint);
  });
  it(`float.fromhex on ${strings.length} strings`, () => {
    const mine = strings.map((s) => run(() => toBitsHex(floatFromHex(s))));
    const diffs = strings.map((s, i) => [s, mine[i], py.fromhex[i]]).filter(([, a, b]) => a !== b);
    expect(diffs).toEqual([]);
  });
  it(`int.bit_length / bit_count / as_integer_ratio on ${ints.length} ints`, () => {
    expect(ints.map((n) => [Number(intBitLength(n)), Number(intBitCount(n)), intAsIntegerRatio(n).map(String)]))
      .toEqual(py.ints);
  });
});
