// A fast first phase for libm.ts: sin, cos and x^(n/2) evaluated in
// double-double arithmetic (about 104 bits) with an error bound. When both ends of the
// bound round to the same double, that double is the correctly rounded
// result; otherwise (about once in 2^35 arguments) the caller falls back to
// the big-integer evaluation. Nothing here allocates: the pair results of
// the arithmetic go through a scratch Float64Array.

/** The constants the kernels need, computed exactly by libm.ts. */
export interface DdConstants {
  /**
   * [C1, C2, C3, 2/π]: π/2 as C1 + C2 + C3, where C1 and C2 have 33
   * significant bits (k·C1, k·C2 exact for |k| < 2^20).
   */
  readonly reduce: Float64Array;
  /** 1/n! as double-double pairs, hi at 2n and lo at 2n+1, n = 0..MAX_TERM. */
  readonly invFactorial: Float64Array;
}

export const MAX_TERM = 30;

/** Beyond this |x| the reduction's k would not keep k·C1 exact. */
const MAX_REDUCED = 2 ** 19;

// The pair results (a typed array: module variables would box every double).
const R = new Float64Array(2);

const SPLIT = 134217729; // 2^27 + 1 (Dekker)

/** R[0] + R[1] = a·b exactly (no overflow for the magnitudes used here). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  R[0] = p;
  R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** R[0] + R[1] = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R[0] = s;
  R[1] = (a - (s - bb)) + (b - bb);
}

/** (R[0], R[1]) = (ah, al)·(bh, bl), relative error about 2^-104. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0];
  const e = R[1] + (ah * bl + al * bh);
  const s = p + e;
  R[1] = e - (s - p);
  R[0] = s;
}

/** (R[0], R[1]) = (ah, al) + (bh, bl), the accurate sum (relative error about 2^-104 of the result). */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = R[0];
  const sl = R[1];
  twoSum(al, bl);
  const tl = R[1];
  let e = sl + R[0];
  const s = sh + e;
  e = e - (s - sh) + tl;
  const r = s + e;
  R[1] = e - (r - s);
  R[0] = r;
}

/** The double that every value within `err` (absolute, > 0) of hi + lo rounds to, or NaN. */
function decided(hi: number, lo: number, err: number): number {
  const a = hi + (lo - err);
  const b = hi + (lo + err);
  return a === b ? a : NaN;
}

/** Series terms of index ≥ this (z^n/(2n+1)! or z^n/(2n)! with z = r² ≤ 0.64) are below 2^-53: plain doubles suffice. */
const DD_TERMS = 8;

/**
 * sin(x) (wantSin) or cos(x) for finite x with 2^-26 ≤ |x| < 2^19, correctly
 * rounded, or NaN when the error bound does not decide the rounding.
 */
export function sinCosFast(x: number, wantSin: boolean, c: DdConstants): number {
  if (!(Math.abs(x) < MAX_REDUCED)) return NaN;
  const K = c.reduce;
  const f = c.invFactorial;
  // x = k·π/2 + r, |r| ≤ π/4 (a little more near the ends of the rounding of k).
  const k = Math.round(x * K[3]!);
  // Sterbenz: x and k·C1 are within a factor 2 of each other when k ≠ 0, so this is exact.
  const r0 = x - k * K[0]!;
  twoSum(r0, -(k * K[1]!));
  let rh = R[0];
  let rl = R[1];
  twoProd(k, K[2]!);
  ddAdd(rh, rl, -R[0], -R[1]);
  rh = R[0];
  rl = R[1];
  if (rh === 0 || Math.abs(rh) > 0.8) return NaN;
  const ar = Math.abs(rh);
  // |π/2 - (C1+C2+C3)| < 2^-119, times |k|; the double-double steps add about 2^-104·|r|.
  const errR = Math.abs(k) * 2 ** -118 + ar * 2 ** -100;
  const quadrant = (((k % 4) + 4) % 4 + (wantSin ? 0 : 1)) % 4;
  const useSin = quadrant % 2 === 0;
  // z = r², then Horner on the series in z: sin r = r·Σ (-z)^n/(2n+1)!, cos r = Σ (-z)^n/(2n)!.
  ddMul(rh, rl, rh, rl);
  const zh = R[0];
  const zl = R[1];
  const odd = useSin ? 1 : 0;
  // The small terms in doubles (the first omitted one is below 2^-110 of the sum for |r| ≤ 0.8).
  let tail = 0;
  for (let n = 14; n >= DD_TERMS; n--) tail = f[2 * (2 * n + odd)]! - zh * tail;
  let sh = tail;
  let sl = 0;
  for (let n = DD_TERMS - 1; n >= 0; n--) {
    ddMul(sh, sl, -zh, -zl);
    const i = 2 * (2 * n + odd);
    ddAdd(R[0], R[1], f[i]!, f[i + 1]!);
    sh = R[0];
    sl = R[1];
  }
  let err: number;
  if (useSin) {
    ddMul(sh, sl, rh, rl);
    sh = R[0];
    sl = R[1];
    // sin' = cos ≤ 1: the error of r carries over; relative 2^-96 covers the evaluation.
    err = errR + Math.abs(sh) * 2 ** -96;
  } else {
    // cos' = -sin, |sin r| ≤ |r|.
    err = errR * ar + Math.abs(sh) * 2 ** -96;
  }
  if (quadrant >= 2) {
    sh = -sh;
    sl = -sl;
  }
  return decided(sh, sl, err);
}

/** (R[0], R[1]) = √x as a double-double, x > 0 finite (relative error about 2^-105). */
function ddSqrt(x: number): void {
  const s = Math.sqrt(x);
  twoProd(s, s);
  // x - s² is exact to a few units of 2^-106·x (Sterbenz for x - R[0]).
  const rest = (x - R[0]!) - R[1]!;
  R[0] = s;
  R[1] = rest / (2 * s);
}

/** (R[0], R[1]) = 1/(ah, al) (relative error about 2^-103). */
function ddRecip(ah: number, al: number): void {
  const q = 1 / ah;
  twoProd(q, ah);
  const rest = ((1 - R[0]!) - R[1]!) - q * al;
  const q2 = rest * q;
  const s = q + q2;
  R[1] = q2 - (s - q);
  R[0] = s;
}

/**
 * x^(n/2) for x > 0 finite and an integer n with 0 < |n| ≤ 128 (n/2 being
 * the exponent: halves and small integers), correctly rounded, or NaN when
 * the bound does not decide or the result is not a normal double.
 */
export function powHalvesFast(x: number, n: number): number {
  // Start from √x (odd n) or x, then multiply by x while the exponent is short.
  let h: number;
  let l: number;
  let steps: number;
  const m = Math.abs(n);
  if (m % 2 === 1) {
    ddSqrt(x);
    h = R[0]!;
    l = R[1]!;
    steps = (m - 1) / 2;
  } else {
    h = x;
    l = 0;
    steps = m / 2 - 1;
  }
  for (let i = 0; i < steps; i++) {
    ddMul(h, l, x, 0);
    h = R[0]!;
    l = R[1]!;
  }
  if (n < 0) {
    ddRecip(h, l);
    h = R[0]!;
    l = R[1]!;
  }
  const a = Math.abs(h);
  // Normal results only: a subnormal's ulp is not relative to it, and overflow is the slow phase's.
  if (!(a >= 2 ** -1000 && a <= 2 ** 1000)) return NaN;
  return decided(h, l, a * 2 ** -95);
}
