// Arithmetic across int, bool, float and complex with Python's coercions:
// int op int stays exact, a float operand makes it float, a complex operand
// complex. The number types' dunder methods and the operator fast paths call
// `arith`; it returns NotImplemented when an operand is not a number.
import { PyComplex } from '../parser/constants.js';
import { PyBoxed, PyComplexValue, PyFloat, type PyValue } from './object.js';
import { NotImplemented, complexType, floatType } from './types.js';
import {
  type Int, intAdd, intAnd, intCompare, intFloatCompare, intFloorDivide, intLshift, intModulo, intMul, intOr,
  intPower, intRshift, intSub, intToNumber, intTrueDiv, intXor,
} from './int-ops.js';
import {
  complexAdd, complexDiv, complexMul, complexPow, complexSub, floatFloorDiv, floatMod, floatPow, floatTrueDivide,
} from '../runtime/numeric.js';
import { pyErr } from './errors.js';
import { defMethods } from './call.js';
import type { PyType } from './object.js';

export const ADD = 0, AND = 1, FLOORDIV = 2, LSHIFT = 3, MATMUL = 4, MUL = 5, MOD = 6, OR = 7, POW = 8, RSHIFT = 9,
  SUB = 10, TRUEDIV = 11, XOR = 12;

/** An int-like value (int, bool, int subclass) as Int; undefined otherwise. */
export function intOf(v: PyValue): Int | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    case 'string': return undefined;
  }
  if (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint' || typeof v.value === 'boolean')) {
    return intOf(v.value);
  }
  return undefined;
}

/** A real number (int-like or float) as a JS number; undefined otherwise. OverflowError for huge ints. */
export function realOf(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intOf(v);
  return i === undefined ? undefined : intToNumber(i);
}

export function complexOf(v: PyValue): PyComplex | undefined {
  if (v instanceof PyComplexValue) return new PyComplex(v.real, v.imag);
  const r = realOf(v);
  return r === undefined ? undefined : new PyComplex(r, 0);
}

export function makeFloat(x: number): PyFloat {
  return new PyFloat(x, floatType);
}

export function makeComplex(c: PyComplex): PyComplexValue {
  return new PyComplexValue(complexType, c.real, c.imag);
}

function fromPow(r: Int | number | PyComplex, intResult: boolean): PyValue {
  if (r instanceof PyComplex) return makeComplex(r);
  if (intResult) return r as Int;
  return makeFloat(r as number);
}

export function arith(op: number, a: PyValue, b: PyValue): PyValue {
  const ia = intOf(a);
  const ib = intOf(b);
  if (ia !== undefined && ib !== undefined) {
    switch (op) {
      case ADD: return intAdd(ia, ib);
      case SUB: return intSub(ia, ib);
      case MUL: return intMul(ia, ib);
      case FLOORDIV: return intFloorDivide(ia, ib);
      case MOD: return intModulo(ia, ib);
      case TRUEDIV: return makeFloat(intTrueDiv(ia, ib));
      case POW: {
        const r = intPower(ia, ib);
        return fromPow(r, typeof r === 'bigint' || (typeof r === 'number' && (typeof ib === 'bigint' ? ib >= 0n : ib >= 0)));
      }
      case LSHIFT: return intLshift(ia, ib);
      case RSHIFT: return intRshift(ia, ib);
      case AND: return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : intAnd(ia, ib);
      case OR: return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : intOr(ia, ib);
      case XOR: return typeof a === 'boolean' && typeof b === 'boolean' ? a !== b : intXor(ia, ib);
      default: return NotImplemented;
    }
  }
  if (a instanceof PyComplexValue || b instanceof PyComplexValue) {
    const ca = complexOf(a);
    const cb = complexOf(b);
    if (ca === undefined || cb === undefined) return NotImplemented;
    switch (op) {
      case ADD: return makeComplex(complexAdd(ca, cb));
      case SUB: return makeComplex(complexSub(ca, cb));
      case MUL: return makeComplex(complexMul(ca, cb));
      case TRUEDIV: return makeComplex(complexDiv(ca, cb));
      case POW: return makeComplex(complexPow(ca, cb));
      default: return NotImplemented;
    }
  }
  const x = realOf(a);
  const y = realOf(b);
  if (x === undefined || y === undefined) return NotImplemented;
  switch (op) {
    case ADD: return makeFloat(x + y);
    case SUB: return makeFloat(x - y);
    case MUL: return makeFloat(x * y);
    case TRUEDIV: return makeFloat(floatTrueDivide(x, y));
    case FLOORDIV: return makeFloat(floatFloorDiv(x, y));
    case MOD: return makeFloat(floatMod(x, y));
    case POW: return fromPow(floatPow(x, y), false);
    default: return NotImplemented;
  }
}

/** divmod(a, b) for numbers; NotImplemented otherwise. */
export function divmod(a: PyValue, b: PyValue): [PyValue, PyValue] | typeof NotImplemented {
  const ia = intOf(a);
  const ib = intOf(b);
  if (ia !== undefined && ib !== undefined) {
    if (ib === 0 || ib === 0n) throw pyErr('ZeroDivisionError', 'integer division or modulo by zero');
    return [intFloorDivide(ia, ib), intModulo(ia, ib)];
  }
  if (a instanceof PyComplexValue || b instanceof PyComplexValue) return NotImplemented;
  const x = realOf(a);
  const y = realOf(b);
  if (x === undefined || y === undefined) return NotImplemented;
  if (y === 0) throw pyErr('ZeroDivisionError', 'float divmod()');
  return [makeFloat(floatFloorDiv(x, y)), makeFloat(floatMod(x, y))];
}

/**
 * Exact comparison of two real numbers of the builtin types (no subclass
 * instances, which may override comparison): <0, 0, >0, NaN when unordered,
 * undefined when either is not such a number.
 */
export function compareNumbers(a: PyValue, b: PyValue): number | undefined {
  let ia: Int | undefined;
  let xa: number | undefined;
  if (typeof a === 'number' || typeof a === 'bigint') ia = a;
  else if (typeof a === 'boolean') ia = a ? 1 : 0;
  else if (typeof a === 'object' && a.cls === floatType) xa = (a as PyFloat).value;
  else return undefined;
  let ib: Int | undefined;
  let xb: number | undefined;
  if (typeof b === 'number' || typeof b === 'bigint') ib = b;
  else if (typeof b === 'boolean') ib = b ? 1 : 0;
  else if (typeof b === 'object' && b.cls === floatType) xb = (b as PyFloat).value;
  else return undefined;
  if (ia !== undefined && ib !== undefined) return intCompare(ia, ib);
  if (xa !== undefined && xb !== undefined) return xa < xb ? -1 : xa > xb ? 1 : xa === xb ? 0 : NaN;
  if (ia !== undefined) return intFloatCompare(ia, xb!);
  const c = intFloatCompare(ib!, xa!);
  return -c;
}

const COMPARE: [string, (c: number) => boolean][] = [
  ['__lt__', (c) => c < 0], ['__le__', (c) => c <= 0], ['__eq__', (c) => c === 0], ['__ne__', (c) => !(c === 0)],
  ['__gt__', (c) => c > 0], ['__ge__', (c) => c >= 0],
];

/** Installs the six rich comparisons for a number type from compareNumbers. */
export function defNumberCompare(t: PyType, accepts: (v: PyValue) => boolean, unwrap: (v: PyValue) => PyValue): void {
  for (const [name, test] of COMPARE) {
    defMethods(t, {
      [name]: (self, args) => {
        const other = args[0]!;
        if (!accepts(other)) return NotImplemented;
        const c = compareNumbers(unwrap(self), unwrap(other));
        if (c === undefined) return NotImplemented;
        return test(c);
      },
    });
  }
}

