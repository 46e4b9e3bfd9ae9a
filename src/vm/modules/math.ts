// math: the VM's face of runtime/math-module.ts (exact results as CPython
// 3.12's Modules/mathmodule.c), with CPython's argument handling: METH_O
// functions ("math.sqrt() takes exactly one argument"), Argument Clinic ones
// ("pow expected 2 arguments, got 1"), PyFloat_AsDouble and __index__
// conversions, and __floor__/__ceil__/__trunc__ on objects.
import { type KwArgs, PyFloat, type PyModule, type PyValue } from '../object.js';
import { None, floatType } from '../types.js';
import { argRange, noKw, oneArg } from '../call.js';
import { newTuple } from '../list.js';
import { pyErr, typeError } from '../errors.js';
import { asInt, callSpecial, getIter, iterNext, toArray, typeName } from '../protocols.js';
import { binaryOp } from '../operators.js';
import { type Int, big, normInt } from '../int-ops.js';
import * as M from '../../runtime/math-module.js';
import * as libm from '../../runtime/libm.js';
import { fma } from '../../runtime/glibc-exp.js';
import { bigIndexArg, floatArg, makeFloatValue as F, makeNativeModule, realArg } from './native.js';
import { cbrt, erf, erfc, gamma, lgamma } from './math-special.js';

type Fn1 = (x: M.Num) => number;

/**
 * A one-argument function of math (the qualified name made once, not at
 * every call). `intAsFloat`: the function converts an int argument to a
 * float first (toFloat), so a small int (a JS number, exact as a double) is
 * passed as one, without the bigint realArg makes for ints.
 */
function unary(name: string, f: Fn1, intAsFloat = true): (args: PyValue[], kw: KwArgs | null) => PyValue {
  const qual = `math.${name}`;
  return (args, kw) => {
    const x = oneArg(qual, args, kw);
    return F(f(typeof x === 'number' && intAsFloat ? x : realArg(x)));
  };
}

function binary(name: string, f: (x: M.Num, y: M.Num) => number): (args: PyValue[], kw: KwArgs | null) => PyValue {
  const qual = `math.${name}`;
  return (args, kw) => {
    noKw(qual, kw);
    argRange(name, args, null, 2, 2);
    return F(f(realArg(args[0]!), realArg(args[1]!)));
  };
}

const I = (b: bigint): Int => normInt(b);

/** A float argument converted as PyFloat_AsDouble (ints rounded, OverflowError if too large). */
const D = (v: PyValue): number => floatArg(v);

/** math_1 for a function defined on doubles (domain and range errors from the special results). */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw pyErr('ValueError', 'math domain error');
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    throw canOverflow ? pyErr('OverflowError', 'math range error') : pyErr('ValueError', 'math domain error');
  }
  return r;
}

function rounding(name: 'floor' | 'ceil', f: (x: number) => number) {
  const qual = `math.${name}`;
  const dunder = `__${name}__`;
  return (args: PyValue[], kw: KwArgs | null): PyValue => {
    const x = oneArg(qual, args, kw);
    if (x instanceof PyFloat && x.cls === floatType) return I(M[name](x.value));
    const r = callSpecial(x, dunder, []);
    if (r !== undefined) return r;
    return I(M[name](D(x)));
  };
}

// ---------------------------------------------------------------------------
// Doubles as ordered integers (nextafter, ulp)

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);

/** The position of x on the line of doubles: -0 and 0 both 0, order preserved. */
function toOrdinal(x: number): bigint {
  F64[0] = x;
  const b = I64[0]!;
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

function fromOrdinal(n: bigint): number {
  I64[0] = n < 0n ? (-n) | -0x8000000000000000n : n;
  return F64[0]!;
}

function nextafter(x: number, y: number, steps: bigint): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (steps === 0n) return x;
  if (x === y) return y;
  const a = toOrdinal(x), b = toOrdinal(y);
  if (a === b) {
    // x and y are zeros of opposite signs: the result is y (C's nextafter).
    return y;
  }
  const dist = a < b ? b - a : a - b;
  if (steps >= dist) return y;
  const r = fromOrdinal(a < b ? a + steps : a - steps);
  return r === 0 ? (x < y ? 0 : -0) : r;
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const up = nextafter(x, Infinity, 1n);
  if (up === Infinity) return x - nextafter(x, -Infinity, 1n);
  return up - x;
}

/** IEEE 754 remainder: x - n·y with n the integer nearest x/y (ties to even). */
function remainder(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x) || y === 0) throw pyErr('ValueError', 'math domain error');
  if (!Number.isFinite(y)) return x;
  const ax = Math.abs(x), ay = Math.abs(y);
  const m = ax % ay;
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else {
    // Exactly halfway: pick the even multiple. half = (ax - m)/2 is a multiple of ay.
    const half = 0.5 * (ax - m);
    r = m - 2 * (half % ay);
  }
  return x < 0 ? -r : r;
}

// ---------------------------------------------------------------------------
// sumprod


// CPython's algorithm: pairs are taken one at a time; exact int pairs are summed in a 64-bit
// accumulator while nothing overflows, float (or float with int/bool) pairs in a triple-length
// accumulator (error-free products by fma, SumKVert) while it stays finite; each accumulator, once
// left, is added to a generic total, which takes every other pair as total + p*q.
const INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n;
type Triple = [number, number, number];
function twoSum(a: number, b: number): [number, number] {
  const x = a + b;
  const z = x - a;
  return [x, (a - (x - z)) + (b - z)];
}
function tripleFma(x: number, y: number, t: Triple): Triple {
  const z = x * y;
  const zz = fma(x, y, -z);
  const [smHi, smLo] = twoSum(t[0], z);
  const [r1Hi, r1Lo] = twoSum(t[1], zz);
  const [r2Hi, r2Lo] = twoSum(r1Hi, smLo);
  return [smHi, r2Hi, t[2] + r1Lo + r2Lo];
}
function tripleToDouble(t: Triple): number {
  const [hi, lo] = twoSum(t[1], t[0]);
  return t[2] + lo + hi;
}
const isExactInt = (v: PyValue): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';
const isExactFloat = (v: PyValue): v is PyFloat => v instanceof PyFloat && v.cls === floatType;

function sumprod(p: PyValue, q: PyValue): PyValue {
  const pIt = getIter(p);
  const qIt = getIter(q);
  let total: PyValue = 0;
  let intOn = true, intUsed = false, intTotal = 0n;
  let fltOn = true, fltUsed = false;
  let flt: Triple = [0, 0, 0];
  for (;;) {
    const a = iterNext(pIt);
    const b = iterNext(qIt);
    if ((a === undefined) !== (b === undefined)) throw pyErr('ValueError', 'Inputs are not the same length');
    const done = a === undefined;
    if (intOn) {
      if (!done && isExactInt(a) && isExactInt(b!)) {
        const x = BigInt(a), y = BigInt(b as number | bigint);
        const prod = x * y;
        const sum = intTotal + prod;
        if (x >= INT64_MIN && x <= INT64_MAX && y >= INT64_MIN && y <= INT64_MAX && prod >= INT64_MIN && prod <= INT64_MAX
          && sum >= INT64_MIN && sum <= INT64_MAX) {
          intTotal = sum;
          intUsed = true;
          continue;
        }
      }
      intOn = false;
      if (intUsed) {
        total = binaryOp(0, total, normInt(intTotal));
        intUsed = false;
      }
    }
    if (fltOn) {
      let ok = false;
      if (!done) {
        let x = NaN, y = NaN;
        const toD = (v: PyValue): number => Number(typeof v === 'boolean' ? (v ? 1 : 0) : v as number | bigint);
        if (isExactFloat(a) && isExactFloat(b!)) { x = a.value; y = (b as PyFloat).value; ok = true; }
        else if (isExactFloat(a) && (isExactInt(b!) || typeof b === 'boolean')) { x = a.value; y = toD(b!); ok = Number.isFinite(y); }
        else if (isExactFloat(b!) && (isExactInt(a) || typeof a === 'boolean')) { y = (b as PyFloat).value; x = toD(a); ok = Number.isFinite(x); }
        if (ok) {
          const next = tripleFma(x, y, flt);
          if (Number.isFinite(next[0])) {
            flt = next;
            fltUsed = true;
            continue;
          }
        }
      }
      fltOn = false;
      if (fltUsed) {
        total = binaryOp(0, total, F(tripleToDouble(flt)));
        flt = [0, 0, 0];
        fltUsed = false;
      }
    }
    if (done) return total;
    total = binaryOp(0, total, binaryOp(5, a, b!));
  }
}

// ---------------------------------------------------------------------------

function isclose(args: PyValue[], kw: KwArgs | null): PyValue {
  if (args.length > 2) throw typeError(`isclose() takes exactly 2 positional arguments (${args.length} given)`);
  let relTol: PyValue | undefined, absTol: PyValue | undefined;
  const pos = args.slice();
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'rel_tol') relTol = v;
      else if (k === 'abs_tol') absTol = v;
      else if ((k === 'a' && pos.length < 1) || (k === 'b' && pos.length < 2)) {
        if (k === 'a') pos[0] = v; else pos[1] = v;
      } else if (k === 'a' || k === 'b') {
        throw typeError(`argument for isclose() given by name ('${k}') and position (${k === 'a' ? 1 : 2})`);
      } else throw typeError(`isclose() got an unexpected keyword argument '${k}'`);
    }
  }
  if (pos[0] === undefined) throw typeError(`isclose() missing required argument 'a' (pos 1)`);
  if (pos[1] === undefined) throw typeError(`isclose() missing required argument 'b' (pos 2)`);
  return M.isclose(D(pos[0]), D(pos[1]), relTol === undefined ? 1e-9 : D(relTol), absTol === undefined ? 0 : D(absTol));
}

function prod(args: PyValue[], kw: KwArgs | null): PyValue {
  if (args.length > 1) throw typeError(`prod() takes exactly 1 positional argument (${args.length} given)`);
  let start: PyValue = 1;
  let iterable = args[0];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'start') start = v;
      else if (k === 'iterable' && iterable === undefined) throw typeError('prod() takes exactly 1 positional argument (0 given)');
      else throw typeError(`prod() got an unexpected keyword argument '${k}'`);
    }
  }
  if (iterable === undefined) throw typeError(`prod() missing required argument 'iterable' (pos 1)`);
  const it = getIter(iterable);
  let acc = start;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) acc = binaryOp(5, acc, x);
  return acc;
}

function fsum(args: PyValue[], kw: KwArgs | null): PyValue {
  const it = getIter(oneArg('math.fsum', args, kw));
  const items: M.Num[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    const r = realArg(x);
    items.push(typeof r === 'bigint' ? D(x) : r);
  }
  return F(M.fsum(items));
}

function dist(args: PyValue[], kw: KwArgs | null): PyValue {
  noKw('math.dist', kw);
  argRange('dist', args, null, 2, 2);
  const p = toArray(args[0]!), q = toArray(args[1]!);
  if (p.length !== q.length) throw pyErr('ValueError', 'both points must have the same number of dimensions');
  return F(M.dist(p.map(D), q.map(D)));
}

function nextafterFn(args: PyValue[], kw: KwArgs | null): PyValue {
  let steps: PyValue = None;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'steps') steps = v;
      else throw typeError(`'${k}' is an invalid keyword argument for nextafter()`);
    }
  }
  if (args.length !== 2) throw typeError(`nextafter() takes exactly 2 positional arguments (${args.length} given)`);
  const x = D(args[0]!), y = D(args[1]!);
  let n = 1n;
  if (steps !== None) {
    n = bigIndexArg(steps);
    if (n < 0n) throw pyErr('ValueError', 'steps must be a non-negative integer');
  }
  return F(nextafter(x, y, n));
}

function logFn(args: PyValue[], kw: KwArgs | null): PyValue {
  noKw('math.log', kw);
  argRange('log', args, null, 1, 2);
  const x = realArg(args[0]!);
  return F(args.length === 1 ? M.log(x) : M.log(x, realArg(args[1]!)));
}

function intsFn(name: string, f: (...a: bigint[]) => bigint) {
  const qual = `math.${name}`;
  return (args: PyValue[], kw: KwArgs | null): PyValue => {
    noKw(qual, kw);
    return I(f(...args.map(bigIndexArg)));
  };
}

export function makeMathModule(): PyModule {
  return makeNativeModule('math', {
    sqrt: unary('sqrt', M.sqrt),
    exp: unary('exp', M.exp),
    exp2: unary('exp2', (x) => math1(toD(x), (v) => libm.pow(2, v), true)),
    expm1: unary('expm1', M.expm1),
    log1p: unary('log1p', M.log1p),
    log2: unary('log2', M.log2, false),
    log10: unary('log10', M.log10, false),
    log: logFn,
    pow: binary('pow', M.pow),
    cbrt: unary('cbrt', (x) => cbrt(toD(x))),
    sin: unary('sin', M.sin),
    cos: unary('cos', M.cos),
    tan: unary('tan', M.tan),
    asin: unary('asin', M.asin),
    acos: unary('acos', M.acos),
    atan: unary('atan', M.atan),
    atan2: binary('atan2', M.atan2),
    sinh: unary('sinh', M.sinh),
    cosh: unary('cosh', M.cosh),
    tanh: unary('tanh', M.tanh),
    asinh: unary('asinh', M.asinh),
    acosh: unary('acosh', M.acosh),
    atanh: unary('atanh', M.atanh),
    degrees: unary('degrees', M.degrees),
    radians: unary('radians', M.radians),
    fabs: unary('fabs', M.fabs),
    fmod: binary('fmod', M.fmod),
    copysign: binary('copysign', M.copysign),
    remainder: binary('remainder', (x, y) => remainder(toD(x), toD(y))),
    erf: unary('erf', (x) => math1(toD(x), erf, false)),
    erfc: unary('erfc', (x) => math1(toD(x), erfc, false)),
    gamma: unary('gamma', (x) => gamma(toD(x))),
    lgamma: unary('lgamma', (x) => lgamma(toD(x))),
    hypot: (args, kw) => {
      noKw('math.hypot', kw);
      return F(M.hypot(...args.map(D)));
    },
    dist,
    floor: rounding('floor', Math.floor),
    ceil: rounding('ceil', Math.ceil),
    trunc: (args, kw) => {
      const x = oneArg('math.trunc', args, kw);
      if (x instanceof PyFloat && x.cls === floatType) return I(M.trunc(x.value));
      const r = callSpecial(x, '__trunc__', []);
      if (r === undefined) throw typeError(`type ${typeName(x)} doesn't define __trunc__ method`);
      return r;
    },
    modf: (args, kw) => {
      const [a, b] = M.modf(realArg(oneArg('math.modf', args, kw)));
      return newTuple([F(a), F(b)]);
    },
    frexp: (args, kw) => {
      const [m, e] = M.frexp(realArg(oneArg('math.frexp', args, kw)));
      return newTuple([F(m), I(e)]);
    },
    ldexp: (args, kw) => {
      noKw('math.ldexp', kw);
  argRange('ldexp', args, null, 2, 2);
      const x = realArg(args[0]!);
      const i = asInt(args[1]!);
      if (i === undefined) throw typeError('Expected an int as second argument to ldexp.');
      return F(M.ldexp(x, big(i)));
    },
    isfinite: (args, kw) => M.isfinite(realArg(oneArg('math.isfinite', args, kw))),
    isinf: (args, kw) => M.isinf(realArg(oneArg('math.isinf', args, kw))),
    isnan: (args, kw) => M.isnan(realArg(oneArg('math.isnan', args, kw))),
    isclose,
    fsum,
    prod,
    sumprod: (args, kw) => {
      noKw('math.sumprod', kw);
  argRange('sumprod', args, null, 2, 2);
      return sumprod(args[0]!, args[1]!);
    },
    gcd: intsFn('gcd', M.gcd),
    lcm: intsFn('lcm', M.lcm),
    factorial: (args, kw) => I(M.factorial(bigIndexArg(oneArg('math.factorial', args, kw)))),
    isqrt: (args, kw) => I(M.isqrt(bigIndexArg(oneArg('math.isqrt', args, kw)))),
    comb: (args, kw) => {
      noKw('math.comb', kw);
  argRange('comb', args, null, 2, 2);
      return I(M.comb(bigIndexArg(args[0]!), bigIndexArg(args[1]!)));
    },
    perm: (args, kw) => {
      noKw('math.perm', kw);
  argRange('perm', args, null, 1, 2);
      const n = bigIndexArg(args[0]!);
      const k = args[1];
      return I(k === undefined || k === None ? M.perm(n) : M.perm(n, bigIndexArg(k)));
    },
    nextafter: nextafterFn,
    ulp: (args, kw) => F(ulp(D(oneArg('math.ulp', args, kw)))),
  }, {
    pi: F(Math.PI),
    e: F(Math.E),
    tau: F(2 * Math.PI),
    inf: F(Infinity),
    nan: F(NaN),
  });
}

/** A converted argument as a double: ints rounded (OverflowError if too large). */
function toD(x: M.Num): number {
  if (typeof x === 'number') return x;
  const v = Number(x);
  if (!Number.isFinite(v)) throw pyErr('OverflowError', 'int too large to convert to float');
  return v;
}

