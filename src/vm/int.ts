// int and bool: constructors, operators (through number-arith.ts), methods.
import { type KwArgs, PyBoxed, PyBytesValue, PyFloat, PyType, type PyValue, PyTuple } from './object.js';
import { None, NotImplemented, boolType, intType, tupleType, bytesType, bytearrayType } from './types.js';
import { typeError, valueError } from './errors.js';
import { asStr, callSpecial, intRepr, str, truthy, typeName } from './protocols.js';
import { builtinFunction, defGetSet, defMethods, type MethodFn, bindNative } from './call.js';
import { ADD, AND, FLOORDIV, LSHIFT, MOD, MUL, OR, POW, RSHIFT, SUB, TRUEDIV, XOR, arith, defNumberCompare, divmod, intOf, makeFloat } from './number-arith.js';
import { type Int, big, intInvert, intNeg, intToNumber, normInt } from './int-ops.js';
import { indexOf } from './slice.js';
import { intFromText } from '../runtime/number-text.js';
import { interpState } from './state.js';
import { formatBool } from '../runtime/format-spec.js';
import { formatWithSpec } from './format.js';
import { intBitCount, intBitLength } from '../runtime/float-methods.js';
import { roundInt } from '../runtime/round.js';
import { intFromBytes, intToBytes } from '../runtime/int-bytes.js';
import { hashInt } from '../runtime/hash.js';
import { PyStaticMethod, PyClassMethod } from './object.js';
import { staticmethodType, classmethodType } from './types.js';
import { floatTruncToInt } from './float.js';
import { objectBytes } from './bytes-convert.js';

/** The int value of self in an int method (int, bool or an int subclass instance). */
export function selfInt(self: PyValue): Int {
  const v = intOf(self);
  if (v === undefined) throw typeError(`descriptor requires an 'int' object but received '${typeName(self)}'`);
  return v;
}

function binary(op: number, reflected: boolean): MethodFn {
  return (self, args) => {
    const other = args[0]!;
    if (intOf(other) === undefined) return NotImplemented;
    return reflected ? arith(op, other, self) : arith(op, self, other);
  };
}

const OPS: [string, number][] = [
  ['add', ADD], ['sub', SUB], ['mul', MUL], ['floordiv', FLOORDIV], ['truediv', TRUEDIV], ['mod', MOD],
  ['pow', POW], ['lshift', LSHIFT], ['rshift', RSHIFT], ['and', AND], ['or', OR], ['xor', XOR],
];

function unwrapBoxed(v: PyValue): PyValue {
  return v instanceof PyBoxed ? v.value : v;
}

for (const [name, op] of OPS) {
  defMethods(intType, { [`__${name}__`]: binary(op, false), [`__r${name}__`]: binary(op, true) });
}
defNumberCompare(intType, (v) => intOf(v) !== undefined || v instanceof PyFloat, unwrapBoxed);

/** int(x) / int(x, base): CPython's PyNumber_Long and PyLong_FromUnicodeObject. */
export function intFromValue(v: PyValue): Int {
  const i = intOf(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) return floatTruncToInt(v.value);
  const s = asStr(v);
  if (s !== undefined) return normInt(intFromText(s, 10, interpState.maxStrDigits));
  if (v instanceof PyBytesValue) return normInt(intFromText(latin1(v.bytes), 10, interpState.maxStrDigits));
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const r = callSpecial(v, name, []);
    if (r !== undefined) {
      const ri = intOf(r);
      if (ri === undefined) throw typeError(`${name}() returned non-int (type ${typeName(r)})`);
      return ri;
    }
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

function intNew(cls: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  const [x, base] = bindNative('int', ['x', 'base'], args, kw, { positionalOnly: 1 });
  let value: Int;
  if (x === undefined) {
    if (base !== undefined) throw typeError("int() missing string argument");
    value = 0;
  } else if (base === undefined) {
    value = intFromValue(x);
  } else {
    const b = indexOf(base);
    const nb = typeof b === 'bigint' ? -1 : b;
    if (nb !== 0 && (nb < 2 || nb > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
    const s = asStr(x) ?? (x instanceof PyBytesValue ? latin1(x.bytes) : undefined);
    if (s === undefined) throw typeError("int() can't convert non-string with explicit base");
    value = normInt(intFromText(s, nb, interpState.maxStrDigits));
  }
  if (cls === intType) return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  return new PyBoxed(cls as PyType, value);
}

intType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => intNew(args[0]!, args.slice(1), kw))));
intType.makeInstance = (cls) => new PyBoxed(cls, 0);
// int(x): intNew's answer for one positional argument.
intType.callOne = (x) => {
  const value = intFromValue(x);
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
};

function toIndex(v: PyValue): Int {
  const i = intOf(v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

defMethods(intType, {
  __repr__: (self) => intRepr(selfInt(self)),
  __hash__: (self) => {
    const h = hashInt(selfInt(self));
    return normInt(h);
  },
  __bool__: (self) => { const v = selfInt(self); return v !== 0 && v !== 0n; },
  __neg__: (self) => intNeg(selfInt(self)),
  __pos__: (self) => selfInt(self),
  __abs__: (self) => { const v = selfInt(self); return (typeof v === 'number' ? v < 0 : v < 0n) ? intNeg(v) : v; },
  __invert__: (self) => intInvert(selfInt(self)),
  __int__: (self) => selfInt(self),
  __index__: (self) => selfInt(self),
  __float__: (self) => makeFloat(intToNumber(selfInt(self))),
  __trunc__: (self) => selfInt(self),
  __floor__: (self) => selfInt(self),
  __ceil__: (self) => selfInt(self),
  __round__: (self, args) => {
    const nd = args[0];
    if (nd === undefined || nd === None) return selfInt(self);
    return normInt(roundInt(big(selfInt(self)), big(toIndex(nd))));
  },
  __divmod__: (self, args) => {
    if (intOf(args[0]!) === undefined) return NotImplemented;
    const r = divmod(self, args[0]!);
    return r === NotImplemented ? r : new PyTuple(tupleType, r as PyValue[]);
  },
  __rdivmod__: (self, args) => {
    if (intOf(args[0]!) === undefined) return NotImplemented;
    const r = divmod(args[0]!, self);
    return r === NotImplemented ? r : new PyTuple(tupleType, r as PyValue[]);
  },
  __format__: (self, args) => {
    const spec = asStr(args[0]!);
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(args[0]!)}`);
    // An empty spec on a subclass instance means str(self) (format_obj).
    if (spec === '' && self instanceof PyBoxed) return str(self);
    return typeof self === 'boolean' ? formatBool(self, spec) : formatWithSpec(selfInt(self), spec);
  },
  __getnewargs__: (self) => new PyTuple(tupleType, [selfInt(self)]),
  bit_length: (self) => normInt(intBitLength(big(selfInt(self)))),
  bit_count: (self) => normInt(intBitCount(big(selfInt(self)))),
  conjugate: (self) => selfInt(self),
  is_integer: () => true,
  as_integer_ratio: (self) => new PyTuple(tupleType, [selfInt(self), 1]),
  to_bytes: (self, args, kw) => {
    const [length, byteorder, signed] = bindNative('to_bytes', ['length', 'byteorder', 'signed'], args, kw, { maxPositional: 2 });
    const order = byteorder === undefined ? 'big' : asStr(byteorder)!;
    const bytes = intToBytes(big(selfInt(self)), big(length === undefined ? 1 : toIndex(length)), order as 'big', signed !== undefined && truthy(signed));
    return new PyBytesValue(bytesType, bytes);
  },
});
intType.dict.setStr('from_bytes', new PyClassMethod(classmethodType, builtinFunction('from_bytes', (args, kw) => {
  const cls = args[0]!;
  const [bytes, byteorder, signed] = bindNative('from_bytes', ['bytes', 'byteorder', 'signed'], args.slice(1), kw, { maxPositional: 2, required: 1 });
  const b = objectBytes(bytes!);
  const v = normInt(intFromBytes(b, byteorder === undefined ? 'big' : asStr(byteorder)!, signed !== undefined && truthy(signed)));
  return cls === intType ? v : intNew(cls, [v], null);
})));
intType.invalidate();
defGetSet(intType, 'real', (self) => selfInt(self));
defGetSet(intType, 'imag', () => 0);
defGetSet(intType, 'numerator', (self) => selfInt(self));
defGetSet(intType, 'denominator', () => 1);
void bytearrayType;

// bool
boolType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('bool() takes no keyword arguments');
  if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  return args.length < 2 ? false : truthy(args[1]!);
})));
defMethods(boolType, {
  __repr__: (self) => (self === true ? 'True' : 'False'),
  __and__: (self, args) => (typeof args[0] === 'boolean' ? self === true && args[0] : binary(AND, false)(self, args, null)),
  __rand__: (self, args) => (typeof args[0] === 'boolean' ? self === true && args[0] : binary(AND, true)(self, args, null)),
  __or__: (self, args) => (typeof args[0] === 'boolean' ? self === true || args[0] : binary(OR, false)(self, args, null)),
  __ror__: (self, args) => (typeof args[0] === 'boolean' ? self === true || args[0] : binary(OR, true)(self, args, null)),
  __xor__: (self, args) => (typeof args[0] === 'boolean' ? self !== args[0] : binary(XOR, false)(self, args, null)),
  __rxor__: (self, args) => (typeof args[0] === 'boolean' ? self !== args[0] : binary(XOR, true)(self, args, null)),
});

