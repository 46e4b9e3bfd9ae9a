// round() on floats and ints as CPython 3.12 (Objects/floatobject.c
// float___round___impl and double_round, Objects/longobject.c int___round__).
//
// CPython rounds a float to `ndigits` places through a correctly rounded
// decimal string (_Py_dg_dtoa mode 3, ties to even on the exact binary value)
// read back with _Py_dg_strtod. The same result comes from exact arithmetic:
// q = x·10^ndigits rounded half to even, then q/10^ndigits rounded to a double.
// So round(2.675, 2) is 2.67: the double 2.675 is slightly below 2.675.
import { bitLength, decompose, roundRatio, roundScaled } from './libm.js';
import { PythonError } from './python-error.js';

// Beyond these, double_round is skipped: every double is already a multiple of
// 10^-NDIGITS_MAX, and below 10^-NDIGITS_MIN everything rounds to zero.
const NDIGITS_MAX = 323; // (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103)
const NDIGITS_MIN = -308; // -(int)((DBL_MAX_EXP + 1) * 0.30103)

/** num/den rounded to the nearest integer, ties to even; num ≥ 0, den > 0. */
function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = 2n * (num - q * den);
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** `round(x)` and `round(x, None)`: the nearest int, ties to even. */
export function roundFloatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new PythonError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PythonError('OverflowError', 'cannot convert float infinity to integer');
  const floor = Math.floor(x);
  const frac = x - floor; // exact: doubles with a fraction are below 2^52
  let r = floor;
  if (frac > 0.5 || (frac === 0.5 && floor % 2 !== 0)) r = floor + 1;
  return BigInt(r);
}

/** `round(x, ndigits)` for a float x and an int ndigits: a float. */
export function roundFloat(x: number, ndigits: bigint | number): number {
  const nd = BigInt(ndigits);
  if (x === 0 || !Number.isFinite(x) || nd > BigInt(NDIGITS_MAX)) return x;
  if (nd < BigInt(NDIGITS_MIN)) return 0 * x; // a zero with x's sign
  const n = Number(nd);
  const { m, e } = decompose(x);
  let magnitude: number;
  if (n >= 0) {
    if (e >= 0) return x; // an integer already
    const p = 10n ** BigInt(n);
    const q = divRoundHalfEven(m * p, 1n << BigInt(-e));
    magnitude = roundRatio(q, p, 0);
  } else {
    const p = 10n ** BigInt(-n);
    const q = e >= 0 ? divRoundHalfEven(m << BigInt(e), p) : divRoundHalfEven(m, p << BigInt(-e));
    magnitude = q === 0n ? 0 : roundScaled(q * p, 0);
  }
  if (magnitude === Infinity) throw new PythonError('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -magnitude : magnitude;
}

/** `round(n, ndigits)` for ints: n itself unless ndigits < 0, then to a multiple of 10^-ndigits, ties to even. */
export function roundInt(n: bigint, ndigits?: bigint | null): bigint {
  if (ndigits === undefined || ndigits === null || ndigits >= 0n) return n;
  const k = -ndigits;
  const abs = n < 0n ? -n : n;
  // |n| < 10^k / 2 rounds to 0; checked by size first, so 10^k is never built
  // for a huge k (CPython would build it, slowly, for the same answer).
  // |n| < 2^bits < 10^(bits/3), so k > bits/3 + 1 gives 10^k > 2|n|.
  if (k > BigInt(Math.ceil(bitLength(abs) / 3) + 1)) return 0n;
  const p = 10n ** k;
  const r = divRoundHalfEven(abs, p) * p;
  return n < 0n ? -r : r;
}
