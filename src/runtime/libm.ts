// Correctly rounded elementary functions on doubles (exp, log, pow, atan2,
// sin, cos, hypot) and exact conversions between big integers and doubles.
//
// CPython calls the C library for these, and glibc's versions are correctly
// rounded in all but vanishingly rare cases. V8's Math.* are not: on random
// arguments Math.pow differs from glibc's pow in about one case in ten, so
// `2.3 ** 1.7` would print other digits than CPython. Each function here
// evaluates in big-integer fixed point with a generous error bound and widens
// the precision until the bound decides the rounding (Ziv's strategy).

import { type DdConstants, MAX_TERM, powHalvesFast, sinCosFast } from './libm-dd.js';

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** Number of bits of |n| (0 for 0). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** |x| = m·2^e with m a positive integer, for finite nonzero x. */
export function decompose(x: number): { m: bigint; e: number } {
  F64[0] = x;
  const bits = U64[0]!;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (biased === 0) return { m: frac, e: -1074 };
  return { m: frac | (1n << 52n), e: biased - 1075 };
}

/** 2^k exactly, for integer k (0 below the subnormals, Infinity above 2^1023). */
function pow2(k: number): number {
  if (k > 1023) return Infinity;
  if (k >= -1022) U64[0] = BigInt(k + 1023) << 52n;
  else if (k >= -1074) U64[0] = 1n << BigInt(k + 1074);
  else return 0;
  return F64[0]!;
}

/** m·2^e rounded to the nearest double (ties to even), m > 0; Infinity on overflow. */
export function roundScaled(m: bigint, e: number): number {
  const top = bitLength(m) - 1 + e; // floor(log2(value))
  if (top > 1023) return Infinity;
  if (top < -1076) return 0; // below half the smallest subnormal
  const ulp = Math.max(top - 52, -1074); // exponent of the result's last bit
  const shift = ulp - e;
  let q: bigint;
  if (shift <= 0) {
    q = m << BigInt(-shift);
  } else {
    q = m >> BigInt(shift);
    const rem = m - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  // q ≤ 2^53, so the product is exact unless it overflows to Infinity.
  return Number(q) * pow2(ulp);
}

/** num/den·2^e correctly rounded, num ≥ 0, den > 0. */
export function roundRatio(num: bigint, den: bigint, e: number): number {
  if (num === 0n) return 0;
  const k = Math.max(0, 55 + bitLength(den) - bitLength(num));
  const scaled = num << BigInt(k);
  const q = scaled / den;
  // A sticky bit below 55+ quotient bits keeps ties and near-ties apart.
  const sticky = scaled === q * den ? 0n : 1n;
  return roundScaled((q << 1n) | sticky, e - k - 1);
}

// ---------------------------------------------------------------------------
// Ziv's strategy: an approximation m·2^e whose error is at most err·2^e.

interface Approx { m: bigint; e: number; err: bigint }

/** The double both ends of the interval round to, or undefined. */
function decide(a: Approx): number | undefined {
  const lo = a.m - a.err;
  const hi = a.m + a.err;
  if (lo <= 0n && hi >= 0n) return undefined;
  const neg = hi < 0n;
  const r1 = roundScaled(neg ? -hi : lo, a.e);
  const r2 = roundScaled(neg ? -lo : hi, a.e);
  if (r1 !== r2) return undefined;
  return neg ? -r1 : r1;
}

/** Retries `approx` at doubling precisions until the rounding is decided. */
function ziv(approx: (p: number) => Approx): number {
  for (let p = 96; ; p *= 2) {
    const a = approx(p);
    const r = decide(a);
    if (r !== undefined) return r;
    // An exact midpoint never decides; the nearest-rounded centre is as good as glibc's guess.
    if (p >= 3072) return a.m < 0n ? -roundScaled(-a.m, a.e) : roundScaled(a.m, a.e);
  }
}

// ---------------------------------------------------------------------------
// Fixed-point constants, value·2^P, cached at the highest precision asked for.

/** atanh(1/n)·2^P (error a few units). */
function atanhInv(n: bigint, P: number): bigint {
  let power = (1n << BigInt(P)) / n;
  const n2 = n * n;
  let sum = power;
  for (let k = 3n; power !== 0n; k += 2n) {
    power /= n2;
    sum += power / k;
  }
  return sum;
}

/** atan(1/n)·2^P (error a few units). */
function atanInv(n: bigint, P: number): bigint {
  let power = (1n << BigInt(P)) / n;
  const n2 = n * n;
  let sum = power;
  let sign = -1n;
  for (let k = 3n; power !== 0n; k += 2n) {
    power /= n2;
    sum += (sign * power) / k;
    sign = -sign;
  }
  return sum;
}

function cachedConstant(compute: (P: number) => bigint): (P: number) => bigint {
  let bits = 0;
  let value = 0n;
  return (P) => {
    if (bits < P) {
      bits = P + 64; // the guard bits swallow the series' rounding errors
      value = compute(bits);
    }
    return value >> BigInt(bits - P);
  };
}

const ln2 = cachedConstant((P) => 2n * atanhInv(3n, P));
const pi = cachedConstant((P) => 16n * atanInv(5n, P) - 4n * atanInv(239n, P));

// ---------------------------------------------------------------------------
// Kernels in fixed point.

/** ln(x)·2^P for finite x > 0; absolute error below 2^12 units. */
export function lnFixed(x: number, P: number): bigint {
  const { m, e } = decompose(x);
  const bl = bitLength(m);
  // x = f·2^k with f = m/2^fracBits in [√½, √2), so the atanh series converges fast.
  let k = bl - 1 + e;
  let fracBits = bl - 1;
  if (m * m > 1n << BigInt(2 * bl - 1)) { k += 1; fracBits += 1; }
  const one = 1n << BigInt(P);
  const f = (m << BigInt(P)) >> BigInt(fracBits);
  const sSigned = ((f - one) << BigInt(P)) / (f + one); // ln f = 2·atanh(s)
  // Sum the series on |s|: an arithmetic shift of a negative term rounds
  // toward -1 and never reaches 0, so the loop would not end for f < 1.
  const s = sSigned < 0n ? -sSigned : sSigned;
  const s2 = (s * s) >> BigInt(P);
  let term = s;
  let sum = s;
  for (let i = 3n; term !== 0n; i += 2n) {
    term = (term * s2) >> BigInt(P);
    sum += term / i;
  }
  return BigInt(k) * ln2(P) + 2n * (sSigned < 0n ? -sum : sum);
}

/** exp(T/2^P) as m·2^e, |T/2^P| < 800; relative error below 2^(20-P). */
function expFixed(T: bigint, P: number): { m: bigint; e: number } {
  const L = ln2(P);
  let k = T / L;
  let r = T - k * L;
  if (2n * r > L) { k += 1n; r -= L; } else if (2n * r < -L) { k -= 1n; r += L; }
  // exp(r) = exp(r/2^8)^(2^8): a shorter series for 8 squarings.
  const squarings = 8;
  const rs = r >> BigInt(squarings);
  const one = 1n << BigInt(P);
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = ((term * rs) >> BigInt(P)) / n;
    sum += term;
  }
  for (let i = 0; i < squarings; i++) sum = (sum * sum) >> BigInt(P);
  return { m: sum, e: Number(k) - P };
}

/** x·2^P for a finite double (exact when e + P ≥ 0). */
function toFixed(x: number, P: number): bigint {
  if (x === 0) return 0n;
  const { m, e } = decompose(x);
  const v = e + P >= 0 ? m << BigInt(e + P) : m >> BigInt(-(e + P));
  return x < 0 ? -v : v;
}

// ---------------------------------------------------------------------------
// The functions, with C99 Annex F special cases.

const isOddInteger = (y: number): boolean => Number.isInteger(y) && Math.abs(y % 2) === 1;

/** C `exp`, correctly rounded. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (Math.abs(x) < 2 ** -54) return 1; // 1 ± tiny rounds to 1
  return ziv((p) => {
    const P = p + 64;
    const { m, e } = expFixed(toFixed(x, P), P);
    return { m, e, err: 1n << BigInt(P - p) };
  });
}

/** C `log`, correctly rounded. */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  // Absolute error bound, so extra bits cover results as small as ln(1 + 2^-52).
  return ziv((p) => {
    const P = p + 128;
    return { m: lnFixed(x, P), e: -P, err: 1n << BigInt(P - p - 64) };
  });
}

/** pow for x > 0 finite, x ≠ 1, y finite nonzero. */
function powPositive(x: number, y: number, firstPhase: boolean): number {
  // Halves and small integers: a double-double first phase (√x is correctly rounded by itself).
  if (y === 0.5 && firstPhase) return Math.sqrt(x);
  const twice = 2 * y;
  if (firstPhase && Number.isInteger(twice) && Math.abs(twice) <= 128) {
    const fast = powHalvesFast(x, twice);
    if (fast === fast) return fast;
  }
  if (Number.isInteger(y) && Math.abs(y) <= 2 ** 32) {
    // An integer power is exact in big integers when small enough; this also
    // settles the exact and halfway cases a series could not.
    let { m, e } = decompose(x);
    while ((m & 1n) === 0n) { m >>= 1n; e += 1; }
    const n = Math.abs(y);
    if (m === 1n) {
      const e2 = Math.max(-1e6, Math.min(1e6, e * y));
      return roundScaled(1n, e2);
    }
    if (bitLength(m) * n <= 16384) {
      const mn = m ** BigInt(n);
      return y > 0 ? roundScaled(mn, e * n) : roundRatio(1n, mn, -e * n);
    }
  }
  const estimate = y * Math.log2(x);
  if (estimate > 1100) return Infinity;
  if (estimate < -1200) return 0;
  const { m: my, e: ey } = decompose(y);
  return ziv((p) => {
    // |y·ln x| < 850 here, so |y| < 2^63 when ln x is tiny: 144 guard bits cover it.
    const P = p + 144;
    const yl = lnFixed(x, P) * (y < 0 ? -my : my);
    const T = ey >= 0 ? yl << BigInt(ey) : yl >> BigInt(-ey);
    const { m, e } = expFixed(T, P);
    return { m, e, err: 1n << BigInt(P - p) };
  });
}

/**
 * C99 Annex F's pow for a zero, infinite or NaN operand, y = 0 or x = 1;
 * undefined when x and y are finite and x is not 0 or 1 (y not 0).
 */
export function powSpecialCase(x: number, y: number): number | undefined {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  const yOdd = isOddInteger(y);
  if (x === 0) {
    if (y < 0) return yOdd ? 1 / x : Infinity;
    return yOdd ? x : 0;
  }
  if (!Number.isFinite(x)) {
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return yOdd ? -Infinity : Infinity;
    return yOdd ? -0 : 0;
  }
  return undefined;
}

/** C `pow`, correctly rounded (`firstPhase` false: the big-integer evaluation alone, for tests). */
export function pow(x: number, y: number, firstPhase = true): number {
  const special = powSpecialCase(x, y);
  if (special !== undefined) return special;
  const yOdd = isOddInteger(y);
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = powPositive(-x, y, firstPhase);
    return yOdd ? -r : r;
  }
  return powPositive(x, y, firstPhase);
}

/** C `hypot`, correctly rounded (computed exactly). */
export function hypot(x: number, y: number): number {
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === 0) return y;
  if (y === 0) return x;
  const a = decompose(x);
  const b = decompose(y);
  const e0 = Math.min(a.e, b.e);
  const X = a.m << BigInt(a.e - e0);
  const Y = b.m << BigInt(b.e - e0);
  const sum = X * X + Y * Y; // hypot² = sum·4^e0
  const k = Math.max(0, Math.ceil((114 - bitLength(sum)) / 2));
  const scaled = sum << BigInt(2 * k);
  const q = isqrt(scaled);
  const sticky = q * q === scaled ? 0n : 1n;
  return roundScaled((q << 1n) | sticky, e0 - k - 1);
}

/** floor(√n) for n ≥ 0. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** atan(u/2^P)·2^P for 0 ≤ u ≤ 2^P, absolute error below 2^12 units. */
function atanFixed(u: bigint, P: number): bigint {
  const one = 1n << BigInt(P);
  // atan(u) = 2·atan(u / (1 + √(1 + u²))) until u < 2^-8.
  let doublings = 0;
  while (u > one >> 8n) {
    const root = isqrt((one + ((u * u) >> BigInt(P))) << BigInt(P));
    u = (u << BigInt(P)) / (one + root);
    doublings++;
  }
  const u2 = (u * u) >> BigInt(P);
  let term = u;
  let sum = u;
  for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
    term = (term * u2) >> BigInt(P);
    sum += (sign * term) / k;
  }
  return sum << BigInt(doublings);
}

/** C `atan2`, correctly rounded. */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const yNeg = y < 0 || Object.is(y, -0);
  const withSign = (v: number): number => (yNeg ? -v : v);
  const xNeg = x < 0 || Object.is(x, -0);
  if (y === 0) return xNeg ? withSign(Math.PI) : y;
  if (!Number.isFinite(y)) {
    if (x === Infinity) return withSign(Math.PI / 4);
    if (x === -Infinity) return withSign(threeQuarterPi());
    return withSign(Math.PI / 2);
  }
  if (x === Infinity) return withSign(0);
  if (x === -Infinity) return withSign(Math.PI);
  if (x === 0) return withSign(Math.PI / 2);
  const a = decompose(Math.abs(y));
  const b = decompose(Math.abs(x));
  const r = ziv((p) => {
    const P = p + 64;
    const err = 1n << BigInt(P - p);
    // z = |y|/|x| = (a.m/b.m)·2^(a.e-b.e).
    const logZ = bitLength(a.m) + a.e - bitLength(b.m) - b.e;
    if (!xNeg && logZ < -8) {
      // Tiny result: atan(z) = z·(1 - z²/3 + z⁴/5 - ...) keeps relative precision.
      const c = P + bitLength(b.m) - bitLength(a.m) + 1;
      const zq = (a.m << BigInt(c)) / b.m; // z = zq·2^ez, zq ≈ 2^P
      const ez = a.e - b.e - c;
      const wShift = -(2 * ez + P);
      const w = wShift > 4 * P ? 0n : (zq * zq) >> BigInt(wShift);
      const one = 1n << BigInt(P);
      let term = one;
      let g = one;
      for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
        term = (term * w) >> BigInt(P);
        g += (sign * term) / k;
      }
      return { m: (zq * g) >> BigInt(P), e: ez, err };
    }
    // atan of the ratio of the smaller to the larger, then the quadrant.
    const big = Math.abs(y) > Math.abs(x);
    const [num, den, shift] = big ? [b.m, a.m, b.e - a.e] : [a.m, b.m, a.e - b.e];
    const u = shift + P >= 0 ? (num << BigInt(shift + P)) / den : num / (den << BigInt(-(shift + P)));
    const halfPi = pi(P) >> 1n;
    let v = atanFixed(u, P);
    if (big) v = halfPi - v;
    if (xNeg) v = pi(P) - v;
    return { m: v, e: -P, err };
  });
  return withSign(r);
}

function threeQuarterPi(): number {
  return ziv((p) => ({ m: 3n * pi(p + 64), e: -(p + 66), err: 1n << 64n }));
}

/** sin or cos of a finite x with |x| ≥ 2^-26, correctly rounded. */
function sinCos(x: number, wantSin: boolean): number {
  const { m, e } = decompose(Math.abs(x));
  const r = ziv((p) => {
    const P = p + 64;
    // Reduce by π/2 with enough bits of π for x's integer part.
    const Q = P + Math.max(0, e + 53) + 2;
    const halfPi = pi(Q) >> 1n;
    const X = m << BigInt(e + Q);
    const k = (X + (halfPi >> 1n)) / halfPi;
    const R = (X - k * halfPi) >> BigInt(Q - P);
    const R2 = (R * R) >> BigInt(P);
    const one = 1n << BigInt(P);
    // x = k·π/2 + r. sin x is sin r, cos r, -sin r, -cos r as k mod 4 is 0..3,
    // and cos x = sin(x + π/2) takes the next entry.
    const quadrant = (Number(k % 4n) + (wantSin ? 0 : 1)) % 4;
    const useSin = quadrant % 2 === 0;
    let term = useSin ? R : one;
    let sum = term;
    for (let n = useSin ? 2n : 1n, sign = -1n; term !== 0n; n += 2n, sign = -sign) {
      term = (term * R2) >> BigInt(P);
      term /= n * (n + 1n);
      sum += sign * term;
    }
    const negate = quadrant >= 2;
    return { m: negate ? -sum : sum, e: -P, err: 1n << BigInt(P - p) };
  });
  return wantSin && x < 0 ? -r : r;
}

/** C `sin`, correctly rounded. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x; // sin x = x(1 - x²/6 ...) rounds to x
  const fast = sinCosFast(x, true, ddConstants());
  return fast === fast ? fast : sinCos(x, true);
}

/** C `cos`, correctly rounded. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const fast = sinCosFast(x, false, ddConstants());
  return fast === fast ? fast : sinCos(x, false);
}

/** The slow phases alone (tests compare the fast ones with them). */
export const sinCosExact = sinCos;
let dd: DdConstants | null = null;

/** libm-dd.ts's constants, made once from exact values. */
export function ddConstants(): DdConstants {
  if (dd !== null) return dd;
  const P = 400;
  // π/2·2^P; its own error (a few units) is far below what C3 keeps.
  let rest = pi(P) >> 1n;
  const parts: number[] = [];
  for (const bits of [33, 33]) {
    const shift = bitLength(rest) - bits;
    const top = rest >> BigInt(shift);
    parts.push(Number(top) * 2 ** (shift - P));
    rest -= top << BigInt(shift);
  }
  parts.push(roundScaled(rest, -P));
  const invFactorial: (readonly [number, number])[] = [];
  let f = 1n;
  for (let n = 0; n <= MAX_TERM; n++) {
    if (n > 0) f *= BigInt(n);
    invFactorial.push(ratioPair(1n, f));
  }
  dd = {
    reduce: Float64Array.of(parts[0]!, parts[1]!, parts[2]!, 1 / (parts[0]! + parts[1]!)),
    invFactorial: Float64Array.from(invFactorial.flat()),
  };
  return dd;
}

/** num/den (positive) as a double-double: hi correctly rounded, lo the rounded rest. */
function ratioPair(num: bigint, den: bigint): readonly [number, number] {
  const hi = roundRatio(num, den, 0);
  const { m, e } = decompose(hi);
  // num/den - m·2^e = (num·2^-e - m·den) / (den·2^-e), with e < 0 here.
  const restNum = (num << BigInt(-e)) - m * den;
  const restDen = den << BigInt(-e);
  const lo = restNum < 0n ? -roundRatio(-restNum, restDen, 0) : roundRatio(restNum, restDen, 0);
  return [hi, lo];
}

/** ln(x) scaled to a base: x > 0 finite, x ≠ 1; `lnBase(P)` is ln(base)·2^P. */
function logBase(x: number, lnBase: (P: number) => bigint): number {
  return ziv((p) => {
    const P = p + 128;
    const m = (lnFixed(x, P) << BigInt(P)) / lnBase(P);
    return { m, e: -P, err: 1n << BigInt(P - p - 60) };
  });
}

/** C `log2`, correctly rounded (glibc's is too on all arguments we tested). */
export function log2(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  // Powers of two are exact: the fixed-point quotient could miss the integer by a unit.
  const { m, e } = decompose(x);
  if ((m & (m - 1n)) === 0n) return bitLength(m) - 1 + e;
  return logBase(x, ln2);
}

/**
 * glibc's `log10` (sysdeps/ieee754/dbl-64/e_log10.c, the fdlibm algorithm),
 * which CPython's math.log10 calls. It is not correctly rounded (log10(π) is
 * one ulp off), so it is reproduced operation by operation in doubles over the
 * correctly rounded `log`, as glibc's __ieee754_log is.
 */
export function log10(x: number): number {
  const TWO54 = 1.8014398509481984e16;
  const IVLN10 = 4.34294481903251816668e-1; // 0x3FDBCB7B1526E50E
  const LOG10_2HI = 3.01029995663611771306e-1; // 0x3FD34413509F6000
  const LOG10_2LO = 3.69423907715893078616e-13; // 0x3D59FEF311F12B36
  F64[0] = x;
  let hx = Number(U64[0]! >> 32n) | 0;
  const lx = Number(U64[0]! & 0xffffffffn);
  let k = 0;
  if (hx < 0x00100000) { // x < 2^-1022: zero, negative or subnormal
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    F64[0] = x;
    hx = Number(U64[0]! >> 32n) | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  U64[0] = (BigInt(hx >>> 0) << 32n) | (U64[0]! & 0xffffffffn);
  const m = F64[0]!;
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}

/** C `acos`, correctly rounded: atan(√(1-x²)/|x|) in fixed point (V8's Math.acos is not). */
export function acos(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return Math.PI;
  if (x === 0) return Math.PI / 2;
  const { m, e } = decompose(Math.abs(x));
  return ziv((p) => {
    const P = p + 64;
    const one = 1n << BigInt(P);
    // X = |x|·2^P (exact unless |x| is tiny, where it is off by under a unit).
    const X = e + P >= 0 ? m << BigInt(e + P) : m >> BigInt(-(e + P));
    const S = isqrt(one * one - X * X); // √(1-x²)·2^P, floor
    let v: bigint;
    if (X === 0n) v = pi(P) >> 1n;
    else if (S <= X) v = atanFixed((S << BigInt(P)) / X, P);
    else v = (pi(P) >> 1n) - atanFixed((X << BigInt(P)) / S, P);
    if (x < 0) v = pi(P) - v;
    return { m: v, e: -P, err: 1n << BigInt(P - p) };
  });
}
