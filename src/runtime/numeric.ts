// Python's arithmetic on int (bigint), float (number) and complex, with
// CPython 3.12's results and its exceptions (Objects/longobject.c,
// floatobject.c, complexobject.c). The constant folder uses these now; the
// VM's number types will call the same functions.
import { PyComplex } from '../parser/constants.js';
import * as libm from './libm.js';
import { glibcPow } from './glibc-pow.js';
import { PythonError } from './python-error.js';

/** A Python exception raised by an arithmetic operation: its type name and message. */
export class NumericError extends PythonError {
  constructor(pyType: 'ZeroDivisionError' | 'OverflowError' | 'ValueError', message: string) {
    super(pyType, message);
  }
}

const TWO53 = 2n ** 53n;

/** `float(n)`: correctly rounded (ties to even), OverflowError past the largest double. */
export function intToFloat(n: bigint): number {
  const x = Number(n);
  if (!Number.isFinite(x)) throw new NumericError('OverflowError', 'int too large to convert to float');
  return x;
}

/** `a / b` on ints: the correctly rounded quotient, as long_true_divide gives it. */
export function intTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) throw new NumericError('ZeroDivisionError', 'division by zero');
  const negative = (a < 0n) !== (b < 0n);
  const na = a < 0n ? -a : a, nb = b < 0n ? -b : b;
  // Both exact as doubles: IEEE division rounds the exact quotient once.
  if (na <= TWO53 && nb <= TWO53) return Number(a) / Number(b);
  const q = libm.roundRatio(na, nb, 0);
  if (q === Infinity) throw new NumericError('OverflowError', 'integer division result too large for a float');
  return negative ? -q : q;
}

/** `a // b` on ints (floor). */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new NumericError('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** `a % b` on ints (sign of the divisor). */
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new NumericError('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return (r !== 0n && (r < 0n) !== (b < 0n)) ? r + b : r;
}

/** `a ** b` on ints: an int, or a float (or complex) for a negative exponent. */
export function intPow(a: bigint, b: bigint): bigint | number | PyComplex {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
  return a ** b;
}

/** `a << b` on ints. */
export function intLShift(a: bigint, b: bigint): bigint {
  if (b < 0n) throw new NumericError('ValueError', 'negative shift count');
  return a << b;
}

/** `a >> b` on ints (floor, as Python's arbitrary-precision two's complement). */
export function intRShift(a: bigint, b: bigint): bigint {
  if (b < 0n) throw new NumericError('ValueError', 'negative shift count');
  return a >> b;
}

/** `x / y` on floats. */
export function floatTrueDivide(x: number, y: number): number {
  if (y === 0) throw new NumericError('ZeroDivisionError', 'float division by zero');
  return x / y;
}

/** float_divmod's arithmetic: the floor quotient and the remainder with the divisor's sign. */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // C fmod
  let div = (vx - mod) / wx;
  // C's `if (mod)` and `if (div)` are true for NaN (JS truthiness is not).
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** `x // y` on floats. */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw new NumericError('ZeroDivisionError', 'float floor division by zero');
  return floatDivmod(x, y)[0];
}

/** `x % y` on floats. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw new NumericError('ZeroDivisionError', 'float modulo');
  return floatDivmod(x, y)[1];
}

/** `x ** y` on floats (float_pow): a negative base to a fractional power is complex. */
export function floatPow(x: number, y: number): number | PyComplex {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return glibcPow(x, y);
  if (x === 0) {
    if (y < 0) throw new NumericError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return glibcPow(x, y);
  }
  if (x < 0 && y !== Math.floor(y)) return complexPow(new PyComplex(x, 0), new PyComplex(y, 0));
  const r = glibcPow(x, y);
  if (!Number.isFinite(r)) throw new NumericError('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}

export function complexAdd(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real + b.real, a.imag + b.imag);
}

export function complexSub(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real - b.real, a.imag - b.imag);
}

export function complexMul(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

/** _Py_c_quot: Smith's method; null when the divisor is zero. */
export function complexQuotient(a: PyComplex, b: PyComplex): PyComplex | null {
  const absReal = Math.abs(b.real), absImag = Math.abs(b.imag);
  if (absReal >= absImag) {
    if (absReal === 0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absImag >= absReal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new PyComplex(NaN, NaN); // a NaN in the divisor
}

export function complexDiv(a: PyComplex, b: PyComplex): PyComplex {
  const q = complexQuotient(a, b);
  if (q === null) throw new NumericError('ZeroDivisionError', 'complex division by zero');
  return q;
}

/** complex_pow: small integral exponents by repeated squaring, others through polar form. */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  let p: PyComplex | null;
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    p = n > 0 ? complexPowUnsigned(a, n) : complexQuotient(new PyComplex(1, 0), complexPowUnsigned(a, -n));
  } else if (b.real === 0 && b.imag === 0) {
    p = new PyComplex(1, 0);
  } else if (a.real === 0 && a.imag === 0) {
    p = b.imag !== 0 || b.real < 0 ? null : new PyComplex(0, 0);
  } else {
    const vabs = libm.hypot(a.real, a.imag);
    let len = glibcPow(vabs, b.real);
    const at = libm.atan2(a.imag, a.real);
    let phase = at * b.real;
    if (b.imag !== 0) {
      len /= libm.exp(at * b.imag);
      phase += b.imag * libm.log(vabs);
    }
    p = new PyComplex(len * libm.cos(phase), len * libm.sin(phase));
  }
  if (p === null) throw new NumericError('ZeroDivisionError', '0.0 to a negative or complex power');
  if (Math.abs(p.real) === Infinity || Math.abs(p.imag) === Infinity) {
    throw new NumericError('OverflowError', 'complex exponentiation');
  }
  return p;
}

function complexPowUnsigned(x: PyComplex, n: number): PyComplex {
  let r = new PyComplex(1, 0);
  let p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexMul(r, p);
    p = complexMul(p, p);
  }
  return r;
}
