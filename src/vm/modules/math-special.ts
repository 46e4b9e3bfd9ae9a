// math.gamma, math.lgamma, math.erf, math.erfc with CPython 3.12's results on
// x86-64 Linux: gamma and lgamma follow CPython's own Lanczos evaluation
// (Modules/mathmodule.c: g = 6.0246..., 13 terms, sinpi reflection); erf and
// erfc are glibc 2.36's rational approximations (from fdlibm), the libm CPython
// calls. Every step is the same sequence of double operations; pow is glibc's
// own (runtime/glibc-pow.ts), and the exp, log, sin and cos they use are
// correctly rounded (runtime/libm.ts), which glibc's are on all but rare
// arguments (README, "Known differences").
import * as libm from '../../runtime/libm.js';
import { glibcPow } from '../../runtime/glibc-pow.js';
import { pyErr } from '../errors.js';
import { frexp, ldexp } from '../../runtime/math-module.js';

const PI = Math.PI;
const LOG_PI = 1.144729885849400174143427351353058711647;

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** x(x+1)...(x+11) expanded: the Lanczos sum's denominator coefficients. */
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];

/** Γ(n) = (n-1)! for n = 1..23, each exactly as a double literal would round it. */
const GAMMA_INTEGRAL: number[] = (() => {
  const out: number[] = [];
  let f = 1n;
  for (let n = 1n; n <= 23n; n++) {
    out.push(Number(f));
    f *= n;
  }
  return out;
})();

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  const n = LANCZOS_NUM.length;
  if (x < 5) {
    // Horner in x, highest coefficient first.
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    // Horner in 1/x, so the terms cannot overflow for large x.
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** sin(pi·x) for finite x, reduced first so that integers give exact zeros. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y); // y ≥ 0, so JS round (half up) is C's round here
  let r: number;
  switch (n) {
    case 0: r = libm.sin(PI * y); break;
    case 1: r = libm.cos(PI * (y - 0.5)); break;
    case 2: r = libm.sin(PI * (1 - y)); break;
    case 3: r = -libm.cos(PI * (y - 1.5)); break;
    default: r = libm.sin(PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

const domain = () => pyErr('ValueError', 'math domain error');
const range = () => pyErr('OverflowError', 'math range error');

export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw domain();
  }
  if (x === 0) throw domain();
  if (x === Math.floor(x)) {
    if (x < 0) throw domain();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1]!;
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw range();
    return r;
  }
  if (ax > 200) {
    if (x < 0) return 0 / sinpi(x);
    throw range();
  }
  const y = ax + LANCZOS_G_MINUS_HALF;
  // z: the rounding error of y = ax + g - 1/2, scaled as the correction needs it.
  let z = ax > LANCZOS_G_MINUS_HALF ? (y - ax) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - ax;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -PI / sinpi(ax) / ax * libm.exp(y) / lanczosSum(ax);
    r -= z * r;
    if (ax < 140) {
      r /= glibcPow(y, ax - 0.5);
    } else {
      const half = glibcPow(y, ax / 2 - 0.25);
      r /= half;
      r /= half;
    }
  } else {
    r = lanczosSum(ax) / libm.exp(y);
    r += z * r;
    if (ax < 140) {
      r *= glibcPow(y, ax - 0.5);
    } else {
      const half = glibcPow(y, ax / 2 - 0.25);
      r *= half;
      r *= half;
    }
  }
  if (!Number.isFinite(r)) throw range();
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domain();
    return 0;
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) return -libm.log(ax);
  let r = libm.log(lanczosSum(ax)) - LANCZOS_G;
  r += (ax - 0.5) * (libm.log(ax + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - libm.log(Math.abs(sinpi(ax))) - libm.log(ax) - r;
  if (!Number.isFinite(r)) throw range();
  return r;
}

// ---------------------------------------------------------------------------
// erf, erfc (glibc's dbl-64 s_erf.c evaluation order)

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
  -2.24409524465858183362e+01];
const TINY = 1e-300;

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The high 32 bits of x's encoding (sign, exponent, top of the mantissa). */
function highWord(x: number): number {
  F64[0] = x;
  return U32[1]! | 0;
}

function clearLowWord(x: number): number {
  F64[0] = x;
  U32[0] = 0;
  return F64[0]!;
}

/** erf(x)/x - 1 style rational part on |x| < 0.84375 (z = x²). */
function smallRatio(z: number): number {
  const z2 = z * z, z4 = z2 * z2;
  const r = (PP[0]! + z * PP[1]!) + z2 * (PP[2]! + z * PP[3]!) + z4 * PP[4]!;
  const s = (1 + z * QQ[1]!) + z2 * (QQ[2]! + z * QQ[3]!) + z4 * (QQ[4]! + z * QQ[5]!);
  return r / s;
}

/** P/Q on 0.84375 ≤ |x| < 1.25, s = |x| - 1. */
function midRatio(s: number): number {
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  const p = (PA[0]! + s * PA[1]!) + s2 * (PA[2]! + s * PA[3]!) + s4 * (PA[4]! + s * PA[5]!) + s6 * PA[6]!;
  const q = (1 + s * QA[1]!) + s2 * (QA[2]! + s * QA[3]!) + s4 * (QA[4]! + s * QA[5]!) + s6 * QA[6]!;
  return p / q;
}

/** exp(-x² - 0.5625 + R/S)/x for the tails, |x| ≥ 1.25; `low` picks the [1.25, 1/0.35) fit. */
function tail(ax: number, low: boolean): number {
  const s = 1 / (ax * ax);
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  let R: number, S: number;
  if (low) {
    const s8 = s4 * s4;
    R = (RA[0]! + s * RA[1]!) + s2 * (RA[2]! + s * RA[3]!) + s4 * (RA[4]! + s * RA[5]!) + s6 * (RA[6]! + s * RA[7]!);
    S = (1 + s * SA[1]!) + s2 * (SA[2]! + s * SA[3]!) + s4 * (SA[4]! + s * SA[5]!) + s6 * (SA[6]! + s * SA[7]!) + s8 * SA[8]!;
  } else {
    R = (RB[0]! + s * RB[1]!) + s2 * (RB[2]! + s * RB[3]!) + s4 * (RB[4]! + s * RB[5]!) + s6 * RB[6]!;
    S = (1 + s * SB[1]!) + s2 * (SB[2]! + s * SB[3]!) + s4 * (SB[4]! + s * SB[5]!) + s6 * (SB[6]! + s * SB[7]!);
  }
  const z = clearLowWord(ax);
  return libm.exp(-z * z - 0.5625) * libm.exp((z - ax) * (z + ax) + R / S);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16 * x + (16 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) {
    const pq = midRatio(Math.abs(x) - 1);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const ax = Math.abs(x);
  const r = tail(ax, ix < 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = midRatio(Math.abs(x) - 1);
    if (hx >= 0) return (1 - ERX) - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    const ax = Math.abs(x);
    if (ix >= 0x4006db6d && hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const r = tail(ax, ix < 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}

// ---------------------------------------------------------------------------
// cbrt (glibc's dbl-64 s_cbrt.c: a polynomial guess refined by one rational step;
// not correctly rounded, e.g. cbrt(27) is 3.0000000000000004 there too)

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xeBig] = frexp(Math.abs(x));
  const xe = Number(xeBig);
  const u = 0.354895765043919860
    + (1.50819193781584896
      + (-2.11499494167371287
        + (2.44693122563534430
          + (-1.83469277483613086
            + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = u * (t2 + 2 * xm) / (2 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)]!;
  return ldexp(x > 0 ? ym : -ym, BigInt(Math.trunc(xe / 3)));
}
