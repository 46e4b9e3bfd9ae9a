// int arithmetic on etpy's two representations: a JS number while the value
// is a safe integer (no allocation), a bigint beyond. Every result goes
// through `normInt`, so a value has exactly one representation and `===`
// works for equality of ints. Slow paths reuse runtime/numeric.ts.
import {
  intFloorDiv, intLShift, intMod, intPow, intRShift, intToFloat, intTrueDivide,
} from '../runtime/numeric.js';
import type { PyComplex } from '../parser/constants.js';
import { PythonError } from '../runtime/python-error.js';

export type Int = number | bigint;

export function normInt(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function big(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(big(a) * big(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normInt(-a);
}

/** Floor division; the caller has checked b != 0. */
export function intFloorDivide(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = intModulo(a, b) as number;
    const q = (a - r) / b;
    return q === 0 ? 0 : q;
  }
  return normInt(intFloorDiv(big(a), big(b)));
}

/** Python's modulo: the result has the divisor's sign. The caller has checked b != 0. */
export function intModulo(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  return normInt(intMod(big(a), big(b)));
}

export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0 && Math.abs(a) < 2 ** 53 && Math.abs(b) < 2 ** 53) {
    return a / b;
  }
  return intTrueDivide(big(a), big(b));
}

/** int ** int: an int, a float for negative exponents, or raises as CPython. */
export function intPower(a: Int, b: Int): Int | number | PyComplex {
  if (typeof a === 'number' && typeof b === 'number' && b >= 0) {
    // Square-and-multiply in doubles is exact while every partial product is a safe integer.
    let result = 1;
    let base = a;
    let e = b;
    let exact = true;
    while (e > 0) {
      if (e % 2 === 1) {
        result *= base;
        if (!Number.isSafeInteger(result)) { exact = false; break; }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (!Number.isSafeInteger(base)) { exact = false; break; }
      }
    }
    if (exact) return result === 0 ? 0 : result;
  }
  const r = intPow(big(a), big(b));
  return typeof r === 'bigint' ? normInt(r) : r;
}

export function intFloatPower(a: Int, b: Int): boolean {
  return (typeof b === 'number' ? b : Number(b)) < 0 && a !== 0;
}

export function intLshift(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && b >= 0 && b < 31 && a >= -(2 ** 21) && a <= 2 ** 21) {
    return a * 2 ** b;
  }
  const x = big(a);
  const n = big(b);
  if (n >= 0n && (x === 0n)) return 0;
  if (n >= 2n ** 63n) throw new PythonError('OverflowError', 'too many digits in integer');
  // Far beyond what can be allocated (CPython fails the same way, later).
  if (n > 2n ** 32n) throw new PythonError('MemoryError', '');
  return normInt(intLShift(x, n));
}

export function intRshift(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && b >= 0) {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  return normInt(intRShift(big(a), big(b)));
}

function bitwise(a: Int, b: Int, op: (x: bigint, y: bigint) => bigint, small: (x: number, y: number) => number): Int {
  if (typeof a === 'number' && typeof b === 'number' && a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) {
    return small(a, b);
  }
  return normInt(op(big(a), big(b)));
}

export const intAnd = (a: Int, b: Int): Int => bitwise(a, b, (x, y) => x & y, (x, y) => x & y);
export const intOr = (a: Int, b: Int): Int => bitwise(a, b, (x, y) => x | y, (x, y) => x | y);
export const intXor = (a: Int, b: Int): Int => bitwise(a, b, (x, y) => x ^ y, (x, y) => x ^ y);

export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

export function intCompare(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intToNumber(a: Int): number {
  return typeof a === 'number' ? a : intToFloat(a);
}

export function intSign(a: Int): number {
  return typeof a === 'number' ? Math.sign(a) : a > 0n ? 1 : a < 0n ? -1 : 0;
}

/**
 * Compares an int with a float exactly (CPython's float_richcompare): no
 * rounding of big ints, NaN unordered. Returns NaN when unordered.
 */
export function intFloatCompare(a: Int, x: number): number {
  if (x !== x) return NaN;
  if (typeof a === 'number') return a < x ? -1 : a > x ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? -1 : 1;
  const fl = Math.floor(x);
  const bf = BigInt(fl);
  if (a < bf) return -1;
  if (a > bf) return 1;
  return fl === x ? 0 : -1;
}
