// Binary and unary operators (Objects/abstract.c binary_op1, ternary_op):
// int/float/str fast paths first, then the dunder protocol with reflected
// operands and NotImplemented, then CPython's "unsupported operand" error.
import { PyFloat, type PyValue } from './object.js';
import { NotImplemented, None, floatType, typeOf } from './types.js';
import { floatFloorDiv, floatMod, floatPow } from '../runtime/numeric.js';
import { makeComplex } from './number-arith.js';
import { callDescriptor, typeName } from './protocols.js';
import { pyErr, typeError } from './errors.js';
import { intAdd, intMul, intSub } from './int-ops.js';
import { concatStr } from '../runtime/str-index.js';

/** BINARY_OP opargs 0–12 (13–25 are the in-place forms of the same). */
export const BINARY_DUNDERS = [
  '__add__', '__and__', '__floordiv__', '__lshift__', '__matmul__', '__mul__', '__mod__', '__or__', '__pow__',
  '__rshift__', '__sub__', '__truediv__', '__xor__',
] as const;
export const BINARY_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'] as const;

const REFLECTED = BINARY_DUNDERS.map((d) => `__r${d.slice(2)}`);
const INPLACE = BINARY_DUNDERS.map((d) => `__i${d.slice(2)}`);

export function binaryOp(oparg: number, a: PyValue, b: PyValue): PyValue {
  const inplace = oparg >= 13;
  const op = inplace ? oparg - 13 : oparg;
  if (typeof a === 'number' && typeof b === 'number') {
    if (op === 0) return intAdd(a, b);
    if (op === 10) return intSub(a, b);
    if (op === 5) return intMul(a, b);
  } else if (typeof a === 'string' && typeof b === 'string' && op === 0) {
    return concatStr(a, b);
  } else {
    // An exact float with a float or a small int, without the dunder protocol (int → float is exact
    // here), as float's methods compute it (number-arith.ts arith). `instanceof` before the field
    // loads: those loads then see only floats' shape (a.cls of any value was a megamorphic load).
    const x = typeof a === 'number' ? a : a instanceof PyFloat && a.cls === floatType ? a.value : undefined;
    const y = typeof b === 'number' ? b : b instanceof PyFloat && b.cls === floatType ? b.value : undefined;
    if (x !== undefined && y !== undefined) {
      switch (op) {
        case 0: return new PyFloat(x + y);
        case 10: return new PyFloat(x - y);
        case 5: return new PyFloat(x * y);
        case 11:
          if (y === 0) throw pyErr('ZeroDivisionError', 'float division by zero');
          return new PyFloat(x / y);
        case 8: {
          const r = floatPow(x, y);
          return typeof r === 'number' ? new PyFloat(r) : makeComplex(r);
        }
        case 2: return new PyFloat(floatFloorDiv(x, y));
        case 6: return new PyFloat(floatMod(x, y));
      }
    }
  }
  if (op === 11 && typeof a === 'number' && typeof b === 'number') {
    // int / int of safe integers: one correctly rounded IEEE division, as CPython's true division.
    if (b === 0) throw pyErr('ZeroDivisionError', 'division by zero');
    return new PyFloat(a / b);
  }
  if (inplace) {
    const im = typeOf(a).lookup(INPLACE[op]!);
    if (im !== undefined && im !== None) {
      const r = callDescriptor(im, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  const r = binaryDispatch(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === 0 || op === 5) {
    const sr = sequenceFallback(op, a, b);
    if (sr !== NotImplemented) return sr;
  }
  const sym = BINARY_SYMBOLS[op]!;
  if (op === 8 && !inplace) {
    throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  }
  throw typeError(`unsupported operand type(s) for ${sym}${inplace ? '=' : ''}: '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * The __add__/__mul__/__rmul__ of builtin sequences that CPython implements
 * as sq_concat and sq_repeat slots rather than number slots: binary_op1
 * skips them, and they run only after the number protocol gives up
 * (PyNumber_Add, PyNumber_Multiply), raising their own errors.
 */
export const sequenceSlotMethods = new Set<PyValue>();

function isSequenceSlot(m: PyValue | undefined): boolean {
  return m !== undefined && sequenceSlotMethods.has(m);
}

function hasIndex(v: PyValue): boolean {
  const t = typeOf(v);
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || t.lookup('__index__') !== undefined;
}

/** sq_concat / sequence_repeat after nb_add / nb_multiply failed; NotImplemented if neither operand has them. */
function sequenceFallback(op: number, a: PyValue, b: PyValue): PyValue {
  if (op === 0) {
    const concat = typeOf(a).lookup('__add__');
    return isSequenceSlot(concat) ? callDescriptor(concat!, a, [b]) : NotImplemented;
  }
  let seq = a;
  let n = b;
  let repeat = typeOf(a).lookup('__mul__');
  if (!isSequenceSlot(repeat)) {
    seq = b;
    n = a;
    repeat = typeOf(b).lookup('__rmul__');
    if (!isSequenceSlot(repeat)) return NotImplemented;
  }
  if (!hasIndex(n)) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  return callDescriptor(repeat!, seq, [n]);
}

/**
 * binary_op1: a.__op__(b), then b.__rop__(a); the right operand goes first
 * when its type is a proper subclass that overrides the reflected method.
 * NotImplemented if neither applies.
 */
export function binaryDispatch(op: number, a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fwd = ta.lookup(BINARY_DUNDERS[op]!);
  const rname = REFLECTED[op]!;
  let rev = ta === tb ? undefined : tb.lookup(rname);
  if (isSequenceSlot(fwd)) fwd = undefined;
  if (isSequenceSlot(rev)) rev = undefined;
  if (rev !== undefined && rev !== None && tb.isSubtypeOf(ta) && rev !== ta.lookup(rname)) {
    const r = callDescriptor(rev, b, [a]);
    if (r !== NotImplemented) return r;
    rev = undefined;
  }
  if (fwd !== undefined && fwd !== None) {
    const r = callDescriptor(fwd, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (rev !== undefined && rev !== None) {
    const r = callDescriptor(rev, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

function unary(v: PyValue, name: string, sym: string): PyValue {
  const m = typeOf(v).lookup(name);
  if (m === undefined || m === None) throw typeError(`bad operand type for unary ${sym}: '${typeName(v)}'`);
  return callDescriptor(m, v, []);
}

export function unaryNegative(v: PyValue): PyValue {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'object' && v.cls === floatType) return new PyFloat(-(v as PyFloat).value);
  return unary(v, '__neg__', '-');
}

export function unaryPositive(v: PyValue): PyValue {
  if (typeof v === 'number') return v;
  return unary(v, '__pos__', '+');
}

export function unaryInvert(v: PyValue): PyValue {
  if (typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff) return ~v;
  return unary(v, '__invert__', '~');
}
