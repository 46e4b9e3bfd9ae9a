// fma(a, b, c) (src/runtime/glibc-exp.ts), which glibc's exp and pow need
// with one rounding: its fast path (error-free transformations) and its
// big-integer fallback must both give the correctly rounded a·b + c. CPython
// 3.12 has no math.fma; the expected values are float(Fraction(a) *
// Fraction(b) + Fraction(c)), which Python rounds correctly.
import { describe, expect, it } from 'vitest';
import { fma, fmaExact } from '../../src/runtime/glibc-exp.js';
import { runPythonJson } from '../../src/testing/python-json.js';

const PYTHON = String.raw`
import json, struct, sys
from fractions import Fraction
def f(h): return struct.unpack('>d', bytes.fromhex(h))[0]
out = []
for a, b, c in json.load(sys.stdin):
    try:
        r = float(Fraction(f(a)) * Fraction(f(b)) + Fraction(f(c)))
    except OverflowError:
        r = float('inf') if Fraction(f(a)) * Fraction(f(b)) + Fraction(f(c)) > 0 else float('-inf')
    out.append(struct.pack('>d', r).hex())
print(json.dumps(out))
`;

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);
const hex = (x: number): string => { F64[0] = x; return U64[0]!.toString(16).padStart(16, '0'); };
const fromHex = (h: string): number => { U64[0] = BigInt(`0x${h}`); return F64[0]!; };

/** Triples of finite doubles: random, and cancelling a·b against c (where an fma differs from a·b + c). */
function triples(n: number): [number, number, number][] {
  let seed = 0x2545f4914f6cdd1dn;
  const next = (): bigint => {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return seed;
  };
  const double = (emin: number, emax: number): number => {
    const e = BigInt(1023 + emin + Number(next() % BigInt(emax - emin + 1)));
    U64[0] = (next() & (1n << 63n)) | (e << 52n) | (next() & ((1n << 52n) - 1n));
    return F64[0]!;
  };
  const out: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const a = double(-40, 40);
    const b = double(-40, 40);
    const p = a * b;
    switch (i % 5) {
      case 0: out.push([a, b, double(-90, 90)]); break;
      case 1: out.push([a, b, -p]); break;
      case 2: out.push([a, b, -p * (1 + (Number(next() % 9n) - 4) * 2 ** -52)]); break;
      case 3: F64[0] = p; U64[0] += (next() % 3n) - 1n; out.push([a, b, -F64[0]! + double(-140, -70)]); break;
      default: out.push([double(-1000, 1000), double(-1000, 1000), double(-1022, 1000)]);
    }
  }
  return out;
}

describe('fma against exact rational arithmetic in CPython 3.12', () => {
  const cases = triples(30_000);
  const expected = runPythonJson<string[]>(['-c', PYTHON], cases.map((t) => t.map(hex)));

  it('the fast path and the big-integer path give the correctly rounded result', () => {
    const wrong: string[] = [];
    cases.forEach(([a, b, c], i) => {
      const want = fromHex(expected[i]!);
      for (const [name, got] of [['fma', fma(a, b, c)], ['fmaExact', fmaExact(a, b, c)]] as const) {
        if (!Object.is(got, want) && !(got === 0 && want === 0)) wrong.push(`${name}(${hex(a)}, ${hex(b)}, ${hex(c)}) = ${hex(got)}, CPython ${expected[i]}`);
      }
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
