// pow(x, y) exactly as CPython gets it on x86-64 Linux: glibc's pow (Szabolcs
// Nagy's algorithm from Arm optimized-routines, in glibc's FMA build), which is
// not correctly rounded: on random arguments about one result in 1200 differs
// by an ulp from libm.ts's correctly rounded pow, and `x ** 0.5` or `x ** 2`
// is not always √x or x·x (fuzzer, seed 124 run 1072). log(x) is computed in
// double-double from a 128-entry table, then exp of y·log(x) as glibc-exp.ts
// does, with the tail of the product. The table is generated here from its
// published definition; the polynomial and ln 2 split are the published
// constants. Where GCC contracts a·b + c into one fma in glibc's FMA build,
// so does this code (fma). Checked against CPython 3.12 by
// spec/programs/math_pow_glibc.py.
import {
  C2, C3, C4, C5, INV_LN2_N, N as EXP_N, HI_WORD, NEG_LN2_HI_N, NEG_LN2_LO_N, SHIFT, expTable, fma, fromBits, hexFloat, productError,
} from './glibc-exp.js';
import { lnFixed, powSpecialCase, roundScaled } from './libm.js';

const N = 128;
/** z = x / 2^k lies in [0x1.69555p-1, 0x1.69555p0): subinterval i starts at bits OFF + i·2^45. */
const OFF = 0x3fe6955500000000n;
const LN2_HI = hexFloat('162e42fefa3800', -1);
const LN2_LO = hexFloat('1ef35793c76730', -45);
// log1p(r) ≈ r + A0·r² + ..., scaled as glibc evaluates it.
const A0 = -0.5;
const A1 = hexFloat('1555555555556', -2) * -2;
const A2 = -hexFloat('10000000000006', -2) * -2;
const A3 = hexFloat('1999999959554e', -3) * 4;
const A4 = -hexFloat('1555555529a47a', -3) * 4;
const A5 = hexFloat('12495b9b4845e9', -3) * -8;
const A6 = -hexFloat('10002b8b263fc3', -3) * -8;

interface LogEntry { invc: number; logc: number; logctail: number }
let logTable: LogEntry[] | null = null;

/**
 * tab[i]: c near the centre of subinterval i, with 1/c = round(N/centre)/N
 * (centre < 1) or round(2N/centre)/2N; logc = log(c) rounded to a multiple of
 * 2^-43, logctail the rest rounded to a double.
 */
function powLogTable(): LogEntry[] {
  if (logTable !== null) return logTable;
  const P = 200;
  const out: LogEntry[] = [];
  for (let i = 0; i < N; i++) {
    const lo = fromBits(OFF + (BigInt(i) << 45n));
    const hi = fromBits(OFF + (BigInt(i + 1) << 45n));
    const centre = (lo + hi) / 2;
    const invc = centre < 1 ? Math.round(N / centre) / N : Math.round((2 * N) / centre) / (2 * N);
    if (invc === 1) {
      out.push({ invc, logc: 0, logctail: 0 });
      continue;
    }
    const L = -lnFixed(invc, P); // log(c)·2^P
    const unit = 1n << BigInt(P - 43);
    const q = (L >= 0n ? L + unit / 2n : L - unit / 2n) / unit;
    const rest = L - q * unit;
    const logctail = rest === 0n ? 0 : rest > 0n ? roundScaled(rest, -P) : -roundScaled(-rest, -P);
    out.push({ invc, logc: Number(q) / 2 ** 43, logctail });
  }
  logTable = out;
  return out;
}

// Bits are handled as two 32-bit words (the low word of OFF and of the
// shifts' results is untouched), which keeps BigInt off this path.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = HI_WORD;
const LO = 1 - HI;
const OFF_HI = 0x3fe69555;

function wordsOf(x: number): void {
  F64[0] = x;
}

function fromWords(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0]!;
}

/** log(x) as hi + tail, for the words of a positive normal x (log_inline). */
function logInline(ixHi: number, ixLo: number): { hi: number; tail: number } {
  const tmpHi = (ixHi - OFF_HI) | 0;
  const i = (tmpHi >>> 13) & (N - 1);
  const k = tmpHi >> 20;
  const z = fromWords((ixHi - (tmpHi & 0xfff00000)) >>> 0, ixLo);
  const kd = k;
  const { invc, logc, logctail } = powLogTable()[i]!;
  // 1/c has few bits and |z/c - 1| < 1/N: r = fma(z, invc, -1) is exact, and
  // so is k·ln2hi (ln2hi has 42 bits), so these need no fma.
  const zc = z * invc;
  const r = (zc - 1.0) + productError(z, invc, zc);
  const t1 = kd * LN2_HI + logc;
  const t2 = t1 + r;
  const lo1 = fma(kd, LN2_LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = productError(ar, r, ar2);
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  return { hi: y, tail: hi - y + lo };
}

/** The exp table as doubles (tail) and the words of scale's bits, from glibc-exp.ts's table. */
interface ExpWords { tail: Float64Array; hi: Uint32Array; lo: Uint32Array }
let expWords: ExpWords | null = null;

function expTableWords(): ExpWords {
  if (expWords !== null) return expWords;
  const tab = expTable();
  const out = { tail: new Float64Array(EXP_N), hi: new Uint32Array(EXP_N), lo: new Uint32Array(EXP_N) };
  for (let k = 0; k < EXP_N; k++) {
    out.tail[k] = fromBits(tab[2 * k]!);
    out.hi[k] = Number(tab[2 * k + 1]! >> 32n);
    out.lo[k] = Number(tab[2 * k + 1]! & 0xffffffffn);
  }
  expWords = out;
  return out;
}

const top12 = (x: number): number => {
  wordsOf(x);
  return U32[HI]! >>> 20;
};
/** 0x800 << 7: added to k, it sets the sign bit of the scale. */
const SIGN_BIAS = 0x800 << 7;

/** exp(x + xtail), negated when signBias is set (exp_inline). */
function expInline(x: number, xtail: number, signBias: number): number {
  let abstop = top12(x) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) {
      // |x| < 2^-54: 1 ± tiny.
      const one = 1.0 + x;
      return signBias !== 0 ? -one : one;
    }
    if (abstop >= 0x409) {
      // Overflow or underflow (inf and nan were handled by the caller).
      const big = x < 0 ? 0 : Infinity;
      return signBias !== 0 ? -big : big;
    }
    abstop = 0; // large |x|: scaled in specialCase
  }
  const tab = expTableWords();
  const kdShifted = fma(INV_LN2_N, x, SHIFT);
  wordsOf(kdShifted);
  const kiLo = U32[LO]!;
  const kd = kdShifted - SHIFT;
  // kd·ln2hi/N is exact: the inner fma is a plain add.
  let r = fma(kd, NEG_LN2_LO_N, x + kd * NEG_LN2_HI_N);
  r += xtail;
  const idx = kiLo & (EXP_N - 1);
  // (ki + sign_bias) << 45: only its low 19 bits reach the high word.
  const sHi = (tab.hi[idx]! + ((kiLo + signBias) << 13)) >>> 0;
  const sLo = tab.lo[idx]!;
  const tail = tab.tail[idx]!;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (abstop === 0) return specialCase(tmp, sHi, sLo, (kiLo & 0x80000000) !== 0);
  const scale = fromWords(sHi, sLo);
  return fma(scale, tmp, scale);
}

function specialCase(tmp: number, sHi: number, sLo: number, kNegative: boolean): number {
  if (!kNegative) {
    // k > 0: the scale's exponent may have overflowed.
    const scale = fromWords((sHi - (1009 << 20)) >>> 0, sLo);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  // k < 0: round once before scaling into the subnormal range. (scale·tmp has
  // two uses here, and GCC keeps this one a multiply and an add.)
  const scale = fromWords((sHi + (1022 << 20)) >>> 0, sLo);
  let y = scale + scale * tmp;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let lo = fma(scale, tmp, scale - y);
    const hi = one + y;
    lo = one - hi + y + lo;
    y = (hi + lo) - one;
    if (y === 0) y = scale < 0 ? -0 : 0;
  }
  return 2 ** -1022 * y;
}

/** glibc's pow(x, y), bit for bit, with C99 Annex F's special cases. */
export function glibcPow(x: number, y: number): number {
  const special = powSpecialCase(x, y);
  if (special !== undefined) return special;
  let signBias = 0;
  let ax = x;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (Math.abs(y % 2) === 1) signBias = SIGN_BIAS;
    ax = -x;
  }
  const topy = top12(y) & 0x7ff;
  if (topy - 0x3be >= 0x43e - 0x3be || topy < 0x3be) {
    // |y| < 2^-65 or |y| >= 2^63 (y is even then).
    if (ax === 1) return 1;
    if (topy < 0x3be) return ax > 1 ? 1.0 + y : 1.0 - y;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  let ixHi: number, ixLo: number;
  if (ax < 2 ** -1022) {
    // A subnormal x: normalise so that the exponent becomes negative.
    wordsOf(ax * 2 ** 52);
    ixHi = (U32[HI]! - (52 << 20)) | 0;
    ixLo = U32[LO]!;
  } else {
    wordsOf(ax);
    ixHi = U32[HI]!;
    ixLo = U32[LO]!;
  }
  const { hi, tail } = logInline(ixHi, ixLo);
  const ehi = y * hi;
  const elo = fma(y, tail, productError(y, hi, ehi));
  return expInline(ehi, elo, signBias);
}
