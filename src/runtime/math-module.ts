// Python's `math` module as pure functions, with CPython 3.12's results and
// exceptions (Modules/mathmodule.c). Ints are bigint, floats are number; the
// VM converts arguments (__index__, __float__) before calling these.
//
// CPython calls glibc's libm, which is correctly rounded almost everywhere,
// so exp, log, log2, log10, pow, sin, cos and atan come from ./libm.ts
// (correctly rounded) rather than V8's Math.*. The others use Math.*; the
// tests list the arguments where those differ from CPython.
import * as libm from './libm.js';
import { glibcPow } from './glibc-pow.js';
import { glibcExp } from './glibc-exp.js';
import { PythonError } from './python-error.js';

export type Num = number | bigint;

const domainError = (): PythonError => new PythonError('ValueError', 'math domain error');
const rangeError = (): PythonError => new PythonError('OverflowError', 'math range error');

/** PyFloat_AsDouble on an int or float argument. */
function toFloat(x: Num): number {
  if (typeof x === 'number') return x;
  const r = Number(x); // correctly rounded, ties to even, as PyLong_AsDouble
  if (!Number.isFinite(r)) throw new PythonError('OverflowError', 'int too large to convert to float');
  return r;
}

/**
 * math_1: apply a libm function and turn C's special results into Python
 * errors — a NaN from a non-NaN is a domain error, an infinity from a finite
 * argument an overflow (or a domain error, e.g. a pole, when `canOverflow` is false).
 */
function math1(x: Num, f: (x: number) => number, canOverflow: boolean): number {
  const v = toFloat(x);
  const r = f(v);
  if (Number.isNaN(r) && !Number.isNaN(v)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(v)) {
    throw canOverflow ? rangeError() : domainError();
  }
  return r;
}

// ---------------------------------------------------------------------------
// Number-theoretic functions.

const absBig = (n: bigint): bigint => (n < 0n ? -n : n);

function gcd2(a: bigint, b: bigint): bigint {
  a = absBig(a);
  b = absBig(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** math.gcd(*integers): 0 for no arguments, always non-negative. */
export function gcd(...args: bigint[]): bigint {
  let g = 0n;
  for (const a of args) g = gcd2(g, a);
  return g;
}

/** math.lcm(*integers): 1 for no arguments, 0 if any is 0, always non-negative. */
export function lcm(...args: bigint[]): bigint {
  let l = 1n;
  for (const a of args) {
    if (l === 0n || a === 0n) { l = 0n; continue; }
    l = absBig((l / gcd2(l, a)) * a);
  }
  return l;
}

/** Product of the integers in [lo, hi), by halves so big products stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

const LONG_MAX = 2n ** 63n - 1n;

/** math.factorial(n). */
export function factorial(n: bigint): bigint {
  if (n < 0n) throw new PythonError('ValueError', 'factorial() not defined for negative values');
  if (n > LONG_MAX) throw new PythonError('OverflowError', `factorial() argument should not exceed ${LONG_MAX}`);
  return rangeProduct(2n, n + 1n);
}

/** math.perm(n, k=None). */
export function perm(n: bigint, k?: bigint): bigint {
  if (k === undefined) return factorial(n);
  if (n < 0n) throw new PythonError('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new PythonError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  if (k > LONG_MAX) throw new PythonError('OverflowError', `k must not exceed ${LONG_MAX}`);
  return rangeProduct(n - k + 1n, n + 1n);
}

/** math.comb(n, k). */
export function comb(n: bigint, k: bigint): bigint {
  if (n < 0n) throw new PythonError('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new PythonError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  const j = n - k < k ? n - k : k;
  if (j > LONG_MAX) throw new PythonError('OverflowError', `min(n - k, k) must not exceed ${LONG_MAX}`);
  return rangeProduct(n - j + 1n, n + 1n) / rangeProduct(1n, j + 1n);
}

/** math.isqrt(n). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new PythonError('ValueError', 'isqrt() argument must be nonnegative');
  return libm.isqrt(n);
}

// ---------------------------------------------------------------------------
// Rounding and float decomposition.

function floatToIntChecked(x: number): void {
  if (Number.isNaN(x)) throw new PythonError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PythonError('OverflowError', 'cannot convert float infinity to integer');
}

/** math.floor: an int stays itself, a float becomes the int below it. */
export function floor(x: Num): bigint {
  if (typeof x === 'bigint') return x;
  floatToIntChecked(x);
  return BigInt(Math.floor(x));
}

/** math.ceil. */
export function ceil(x: Num): bigint {
  if (typeof x === 'bigint') return x;
  floatToIntChecked(x);
  return BigInt(Math.ceil(x));
}

/** math.trunc. */
export function trunc(x: Num): bigint {
  if (typeof x === 'bigint') return x;
  floatToIntChecked(x);
  return BigInt(Math.trunc(x));
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);
const SIGN = 1n << 63n;

/** math.copysign: bit-level, so NaNs and zeros carry the sign too. */
export function copysign(x: Num, y: Num): number {
  F64[0] = toFloat(y);
  const s = U64[0]! & SIGN;
  F64[0] = toFloat(x);
  U64[0] = (U64[0]! & ~SIGN) | s;
  return F64[0]!;
}

/** math.fabs. */
export function fabs(x: Num): number {
  return Math.abs(toFloat(x));
}

/** math.fmod: C fmod (JavaScript's % is the same operation: exact, sign of x). */
export function fmod(x: Num, y: Num): number {
  const a = toFloat(x), b = toFloat(y);
  // CPython returns x itself for a finite x and infinite y (fmod(x, inf) is x).
  if (!Number.isFinite(b) && !Number.isNaN(b) && Number.isFinite(a)) return a;
  const r = a % b;
  if (Number.isNaN(r) && !Number.isNaN(a) && !Number.isNaN(b)) throw domainError();
  return r;
}

/** math.modf: (fractional part, integer part), both with x's sign. */
export function modf(x: Num): [number, number] {
  const v = toFloat(x);
  if (Number.isNaN(v)) return [v, v];
  if (!Number.isFinite(v)) return [copysign(0, v), v];
  const ip = Math.trunc(v);
  return [copysign(v - ip, v), ip];
}

/** math.frexp: (m, e) with 0.5 ≤ |m| < 1 and x = m·2^e; zeros, infs, nans give (x, 0). */
export function frexp(x: Num): [number, bigint] {
  const v = toFloat(x);
  if (v === 0 || !Number.isFinite(v)) return [v, 0n];
  const { m, e } = libm.decompose(v);
  const bl = libm.bitLength(m);
  // m/2^bl is exact in [0.5, 1): a 53-bit-or-less integer over a power of two.
  const mant = libm.roundScaled(m, -bl);
  return [v < 0 ? -mant : mant, BigInt(e + bl)];
}

/** math.ldexp(x, i): x·2^i rounded once (subnormal results round to even). */
export function ldexp(x: Num, i: bigint): number {
  const v = toFloat(x);
  if (v === 0 || !Number.isFinite(v)) return v;
  // Exponents beyond ±2^31 saturate in C; clamping to ±1e5 gives the same overflow or zero.
  const k = i > 100000n ? 100000 : i < -100000n ? -100000 : Number(i);
  const { m, e } = libm.decompose(v);
  const r = libm.roundScaled(m, e + k);
  if (r === Infinity) throw rangeError();
  return v < 0 ? -r : r;
}

// ---------------------------------------------------------------------------
// Classification and comparison.

export const isfinite = (x: Num): boolean => Number.isFinite(toFloat(x));
export const isnan = (x: Num): boolean => Number.isNaN(toFloat(x));
export function isinf(x: Num): boolean {
  const v = toFloat(x);
  return v === Infinity || v === -Infinity;
}

/** math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0). */
export function isclose(a: Num, b: Num, relTol: Num = 1e-9, absTol: Num = 0): boolean {
  const x = toFloat(a), y = toFloat(b), rt = toFloat(relTol), at = toFloat(absTol);
  if (rt < 0 || at < 0) throw new PythonError('ValueError', 'tolerances must be non-negative');
  if (x === y) return true;
  if (isinf(x) || isinf(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
}

// ---------------------------------------------------------------------------
// Powers and logarithms.

/** math.sqrt (IEEE sqrt is correctly rounded everywhere). */
export const sqrt = (x: Num): number => math1(x, Math.sqrt, false);
// glibc's exp bit for bit (it is not correctly rounded; CPython calls it).
export const exp = (x: Num): number => math1(x, glibcExp, true);
export const expm1 = (x: Num): number => math1(x, Math.expm1, true);
export const log1p = (x: Num): number => math1(x, Math.log1p, false);

/** _PyLong_Frexp: n = x·2^e with x in [0.5, 1) rounded to 53 bits (ties to even), n > 0. */
function bigFrexp(n: bigint): [number, number] {
  const bl = libm.bitLength(n);
  const x = libm.roundScaled(n, -bl); // may round up to exactly 1.0
  return x === 1 ? [0.5, bl + 1] : [x, bl];
}

/**
 * loghelper: an int argument must be positive; one too big for a float is
 * taken as x·2^e and its log computed as f(x) + f(2)·e.
 */
function logHelper(x: Num, f: (x: number) => number): number {
  if (typeof x === 'bigint') {
    if (x <= 0n) throw domainError();
    const v = Number(x);
    if (Number.isFinite(v)) return f(v);
    const [m, e] = bigFrexp(x);
    return f(m) + f(2) * e;
  }
  return math1(x, f, false);
}

/** math.log(x[, base]). */
export function log(x: Num, base?: Num): number {
  const num = logHelper(x, libm.log);
  if (base === undefined) return num;
  const den = logHelper(base, libm.log);
  if (den === 0) throw new PythonError('ZeroDivisionError', 'float division by zero');
  return num / den;
}

export const log2 = (x: Num): number => logHelper(x, libm.log2);
export const log10 = (x: Num): number => logHelper(x, libm.log10);

/** math.pow: C99 pow with IEEE specials handled as CPython does, then errno → exception. */
export function pow(xArg: Num, yArg: Num): number {
  const x = toFloat(xArg), y = toFloat(yArg);
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = glibcPow(x, y);
  if (Number.isNaN(r)) throw domainError(); // (-x)**non-integer
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

// ---------------------------------------------------------------------------
// Sums, products and norms.

/** math.fsum: Shewchuk's exact partials (msum), correctly rounded at the end. */
export function fsum(items: Iterable<Num>): number {
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  for (const item of items) {
    let x = toFloat(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // Non-finite from finite summands is an overflow of the partials;
        // otherwise the inf/nan summands are summed on the side.
        if (Number.isFinite(xsave)) throw new PythonError('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new PythonError('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    let lo = 0;
    hi = p[--n]!;
    // Add from the top until a sum is inexact.
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-even rounding across partials: if the rest pushes past the halfway point, round away.
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** Python's `a * b` for int/float operands (an int meeting a float becomes a float). */
function mul(a: Num, b: Num): Num {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a * b;
  return toFloat(a) * toFloat(b);
}

/** math.prod(iterable, *, start=1) for ints and floats. */
export function prod(items: Iterable<Num>, start: Num = 1n): Num {
  let acc = start;
  for (const x of items) acc = mul(acc, x);
  return acc;
}

/** Dekker's exact product: x·y = hi + lo (no fma needed, no overflow here). */
function dlMul(x: number, y: number): [number, number] {
  const z = x * y;
  const split = (a: number): [number, number] => {
    const c = 134217729 * a; // 2^27 + 1
    const h = c - (c - a);
    return [h, a - h];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const zz = ((xh * yh - z) + xh * yl + xl * yh) + xl * yl;
  return [z, zz];
}

/** |a| ≥ |b| or a = 0: a + b = hi + lo exactly. */
function dlFastSum(a: number, b: number): [number, number] {
  const x = a + b;
  const z = x - a;
  return [x, b - z];
}

const DBL_MIN = 2.2250738585072014e-308;

/**
 * vector_norm from mathmodule.c: scale to [0.5, 1), sum squares with exact
 * products and a compensated running sum, then one differential correction
 * of the square root. `vec` holds |coordinates|, `max` their maximum.
 */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = Number(frexp(max)[1]);
  if (maxE < -1023) {
    // Subnormals: scaling by 2^-maxE would overflow, so lift them to normals first.
    return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = libm.roundScaled(1n, -maxE);
  let csum = 1, frac1 = 0, frac2 = 0;
  for (let x of vec) {
    x *= scale;
    const [ph, pl] = dlMul(x, x);
    const [sh, sl] = dlFastSum(csum, ph);
    csum = sh;
    frac1 += pl;
    frac2 += sl;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [ph, pl] = dlMul(-h, h);
  const [sh, sl] = dlFastSum(csum, ph);
  csum = sh;
  frac1 += pl;
  frac2 += sl;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

/** math.hypot(*coordinates). */
export function hypot(...coords: Num[]): number {
  let max = 0, foundNan = false;
  const vec = coords.map((c) => {
    const x = Math.abs(toFloat(c));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

/** math.dist(p, q). */
export function dist(p: readonly Num[], q: readonly Num[]): number {
  if (p.length !== q.length) throw new PythonError('ValueError', 'both points must have the same dimension');
  let max = 0, foundNan = false;
  const vec = p.map((px, i) => {
    const x = Math.abs(toFloat(px) - toFloat(q[i]!));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

// ---------------------------------------------------------------------------
// Angles and trigonometry.

const DEG_TO_RAD = Math.PI / 180;
const RAD_TO_DEG = 180 / Math.PI;
export const degrees = (x: Num): number => toFloat(x) * RAD_TO_DEG;
export const radians = (x: Num): number => toFloat(x) * DEG_TO_RAD;

export const sin = (x: Num): number => math1(x, libm.sin, false);
export const cos = (x: Num): number => math1(x, libm.cos, false);
export const tan = (x: Num): number => math1(x, Math.tan, false);
export const asin = (x: Num): number => math1(x, Math.asin, false);
export const acos = (x: Num): number => math1(x, libm.acos, false);
// atan(x) = atan2(x, 1) exactly, and libm's atan2 is correctly rounded.
export const atan = (x: Num): number => math1(x, (v) => libm.atan2(v, 1), false);
export const atan2 = (y: Num, x: Num): number => libm.atan2(toFloat(y), toFloat(x));
export const sinh = (x: Num): number => math1(x, Math.sinh, true);
export const cosh = (x: Num): number => math1(x, Math.cosh, true);
export const tanh = (x: Num): number => math1(x, Math.tanh, false);
export const asinh = (x: Num): number => math1(x, Math.asinh, false);
export const acosh = (x: Num): number => math1(x, Math.acosh, false);
export const atanh = (x: Num): number => math1(x, Math.atanh, false);
