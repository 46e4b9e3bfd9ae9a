// cmath: complex square root, exponential and logarithms, phase/polar/rect,
// the classification functions and constants, evaluated as CPython 3.12's
// Modules/cmathmodule.c does for finite arguments (same scaling, same libm
// calls), so results agree to the bit. Non-finite arguments follow C99
// Annex G for sqrt; exp and log of infinities use the plain formulas.
import { type KwArgs, PyComplexValue, type PyModule, type PyValue } from '../object.js';
import { complexType } from '../types.js';
import { argRange, noKw, oneArg } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import { callSpecial, typeName } from '../protocols.js';
import { newTuple } from '../list.js';
import { PyComplex } from '../../parser/constants.js';
import { complexQuotient } from '../../runtime/numeric.js';
import * as libm from '../../runtime/libm.js';
import { floatArg, makeFloatValue as F, makeNativeModule } from './native.js';

type C = [number, number];

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const LOG_LARGE = libm.log(DBL_MAX / 4);
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;
const SCALE_UP = 2 * Math.floor(53 / 2) + 1; // 53
const SCALE_DOWN = -Math.floor((53 + 1) / 2); // -27

const domain = () => pyErr('ValueError', 'math domain error');
const range = () => pyErr('OverflowError', 'math range error');

/** PyComplex_AsCComplex: complex, __complex__, or a real number (as a float). */
function complexArg(v: PyValue): C {
  if (v instanceof PyComplexValue) return [v.real, v.imag];
  const r = callSpecial(v, '__complex__', []);
  if (r !== undefined) {
    if (!(r instanceof PyComplexValue)) throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
    return [r.real, r.imag];
  }
  return [floatArg(v), 0];
}

function Z(c: C): PyComplexValue {
  return new PyComplexValue(complexType, c[0], c[1]);
}

function ldexp(x: number, e: number): number {
  return x * 2 ** e;
}

function copysign(x: number, y: number): number {
  return y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x);
}

function csqrt([re, im]: C): C {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (Math.abs(im) === Infinity) return [Infinity, im];
    if (Number.isNaN(re)) return [NaN, NaN];
    if (re === Infinity) return [Infinity, Number.isNaN(im) ? NaN : copysign(0, im)];
    if (re === -Infinity) return [Number.isNaN(im) ? NaN : 0, Number.isNaN(im) ? Infinity : copysign(Infinity, im)];
    return [NaN, NaN];
  }
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + libm.hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libm.hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return re >= 0 ? [s, copysign(d, im)] : [d, copysign(s, im)];
}

function cexp([re, im]: C): C {
  let r: C;
  if (re > LOG_LARGE) {
    const l = libm.exp(re - 1);
    r = [l * libm.cos(im) * Math.E, l * libm.sin(im) * Math.E];
  } else {
    const l = libm.exp(re);
    r = [l * libm.cos(im), l * libm.sin(im)];
  }
  if (Number.isFinite(re) && Number.isFinite(im) && (!Number.isFinite(r[0]) || !Number.isFinite(r[1]))) throw range();
  return r;
}

/** c_log; `pole` reports log(0). */
function clog([re, im]: C): { r: C; pole: boolean } {
  const ax = Math.abs(re), ay = Math.abs(im);
  let real: number;
  if (ax > LARGE || ay > LARGE) {
    real = libm.log(libm.hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      real = libm.log(libm.hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    } else {
      return { r: [-Infinity, libm.atan2(im, re)], pole: true };
    }
  } else {
    const h = libm.hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      real = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      real = libm.log(h);
    }
  }
  return { r: [real, libm.atan2(im, re)], pole: false };
}

function cabs([re, im]: C): number {
  const r = libm.hypot(re, im);
  if (!Number.isFinite(r) && Number.isFinite(re) && Number.isFinite(im)) throw range();
  return r;
}

function unary(name: string, f: (c: C) => C) {
  return (args: PyValue[], kw: KwArgs | null): PyValue => Z(f(complexArg(oneArg(`cmath.${name}`, args, kw))));
}

function isclose(args: PyValue[], kw: KwArgs | null): PyValue {
  if (args.length > 2) throw typeError(`isclose() takes exactly 2 positional arguments (${args.length} given)`);
  let relTol = 1e-9, absTol = 0;
  const pos = args.slice();
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'rel_tol') relTol = floatArg(v);
      else if (k === 'abs_tol') absTol = floatArg(v);
      else if (k === 'a' && pos[0] === undefined) pos[0] = v;
      else if (k === 'b' && pos[1] === undefined) pos[1] = v;
      else throw typeError(`isclose() got an unexpected keyword argument '${k}'`);
    }
  }
  if (pos[0] === undefined) throw typeError(`isclose() missing required argument 'a' (pos 1)`);
  if (pos[1] === undefined) throw typeError(`isclose() missing required argument 'b' (pos 2)`);
  const a = complexArg(pos[0]), b = complexArg(pos[1]);
  if (relTol < 0 || absTol < 0) throw pyErr('ValueError', 'tolerances must be non-negative');
  if (a[0] === b[0] && a[1] === b[1]) return true;
  const inf = (c: C) => Math.abs(c[0]) === Infinity || Math.abs(c[1]) === Infinity;
  if (inf(a) || inf(b)) return false;
  const diff = libm.hypot(b[0] - a[0], b[1] - a[1]);
  return diff <= relTol * libm.hypot(b[0], b[1]) || diff <= relTol * libm.hypot(a[0], a[1]) || diff <= absTol;
}

export function makeCmathModule(): PyModule {
  return makeNativeModule('cmath', {
    sqrt: unary('sqrt', csqrt),
    exp: unary('exp', cexp),
    log: (args, kw) => {
      noKw('cmath.log', kw);
      argRange('log', args, null, 1, 2);
      const x = clog(complexArg(args[0]!));
      let r = x.r;
      let bad = x.pole;
      if (args.length === 2) {
        const b = clog(complexArg(args[1]!));
        bad ||= b.pole;
        const q = complexQuotient(new PyComplex(r[0], r[1]), new PyComplex(b.r[0], b.r[1]));
        if (q === null) throw domain();
        r = [q.real, q.imag];
      }
      if (bad) throw domain();
      return Z(r);
    },
    log10: (args, kw) => {
      const x = clog(complexArg(oneArg('cmath.log10', args, kw)));
      if (x.pole) throw domain();
      return Z([x.r[0] / LN10, x.r[1] / LN10]);
    },
    phase: (args, kw) => {
      const [re, im] = complexArg(oneArg('cmath.phase', args, kw));
      return F(libm.atan2(im, re));
    },
    polar: (args, kw) => {
      const c = complexArg(oneArg('cmath.polar', args, kw));
      const phi = libm.atan2(c[1], c[0]);
      return newTuple([F(cabs(c)), F(phi)]);
    },
    rect: (args, kw) => {
      noKw('cmath.rect', kw);
      argRange('rect', args, null, 2, 2);
      const r = floatArg(args[0]!), phi = floatArg(args[1]!);
      if (Number.isFinite(r) && Number.isFinite(phi)) {
        if (phi === 0) return Z([r, r * phi]);
        return Z([r * libm.cos(phi), r * libm.sin(phi)]);
      }
      if (Number.isNaN(r) || Number.isNaN(phi)) return Z([NaN, NaN]);
      if (!Number.isFinite(phi)) throw domain();
      // An infinite modulus: the direction's signs, infinite parts (zero stays zero).
      const c = libm.cos(phi), s = libm.sin(phi);
      return Z([c === 0 ? 0 : r * c, s === 0 ? phi * r : r * s]);
    },
    isfinite: (args, kw) => {
      const [re, im] = complexArg(oneArg('cmath.isfinite', args, kw));
      return Number.isFinite(re) && Number.isFinite(im);
    },
    isinf: (args, kw) => {
      const [re, im] = complexArg(oneArg('cmath.isinf', args, kw));
      return Math.abs(re) === Infinity || Math.abs(im) === Infinity;
    },
    isnan: (args, kw) => {
      const [re, im] = complexArg(oneArg('cmath.isnan', args, kw));
      return Number.isNaN(re) || Number.isNaN(im);
    },
    isclose,
  }, {
    pi: F(Math.PI),
    e: F(Math.E),
    tau: F(2 * Math.PI),
    inf: F(Infinity),
    infj: Z([0, Infinity]),
    nan: F(NaN),
    nanj: Z([0, NaN]),
  });
}
