// float and complex: constructors, operators (through number-arith.ts), methods.
import { type KwArgs, PyBoxed, PyBytesValue, PyComplexValue, PyFloat, PyTuple, PyType, type PyValue, PyClassMethod, PyStaticMethod } from './object.js';
import { None, NotImplemented, complexType, floatType, tupleType, staticmethodType, classmethodType, typeOf } from './types.js';
import { pyErr, typeError } from './errors.js';
import { asStr, callSpecial, repr, str, typeName } from './protocols.js';
import { builtinFunction, defGetSet, defMethods, type MethodFn } from './call.js';
import { ADD, FLOORDIV, MOD, MUL, POW, SUB, TRUEDIV, arith, defNumberCompare, complexOf, divmod, intOf, makeComplex, makeFloat, realOf } from './number-arith.js';
import { type Int, normInt } from './int-ops.js';
import { floatFromText } from '../runtime/number-text.js';
import { floatRepr, complexRepr } from '../runtime/float-repr.js';
import { formatFloat } from '../runtime/format-spec.js';
import { floatAsIntegerRatio, floatFromHex, floatHex, floatIsInteger } from '../runtime/float-methods.js';
import { roundFloat, roundFloatToInt } from '../runtime/round.js';
import { hashComplex } from '../runtime/hash.js';
import { addressOf, floatHash } from './protocols.js';
import { PyComplex } from '../parser/constants.js';
import * as libm from '../runtime/libm.js';

export function selfFloat(self: PyValue): number {
  if (self instanceof PyFloat) return self.value;
  throw typeError(`descriptor requires a 'float' object but received '${typeName(self)}'`);
}

/** int(x) for a float: truncation, with CPython's errors for nan and inf. */
export function floatTruncToInt(x: number): Int {
  if (x !== x) throw pyErr('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyErr('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : normInt(BigInt(t));
}

function isReal(v: PyValue): boolean {
  return v instanceof PyFloat || intOf(v) !== undefined;
}

function binary(op: number, reflected: boolean): MethodFn {
  return (self, args) => {
    const other = args[0]!;
    if (!isReal(other)) return NotImplemented;
    const a = makeFloat(selfFloat(self));
    return reflected ? arith(op, other, a) : arith(op, a, other);
  };
}

for (const [name, op] of [['add', ADD], ['sub', SUB], ['mul', MUL], ['floordiv', FLOORDIV], ['truediv', TRUEDIV], ['mod', MOD], ['pow', POW]] as const) {
  defMethods(floatType, { [`__${name}__`]: binary(op, false), [`__r${name}__`]: binary(op, true) });
}
defNumberCompare(floatType, isReal, (v) => (v instanceof PyFloat ? makeFloat(v.value) : v instanceof PyBoxed ? v.value : v));

/** float(x): PyNumber_Float. */
export function floatFromValue(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const s = asStr(v);
  if (s !== undefined) return floatFromText(s);
  if (v instanceof PyBytesValue) {
    // A bytes-like argument parses as its latin-1 text; errors show the bytes' repr.
    let text = '';
    for (const c of v.bytes) text += String.fromCharCode(c);
    try {
      return floatFromText(text);
    } catch {
      throw pyErr('ValueError', `could not convert string to float: ${repr(v)}`);
    }
  }
  const r = callSpecial(v, '__float__', []);
  if (r !== undefined) {
    if (!(r instanceof PyFloat)) throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  const i = callSpecial(v, '__index__', []);
  if (i !== undefined) return realOf(i)!;
  const direct = realOf(v);
  if (direct !== undefined) return direct;
  throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
}

function floatNew(cls: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (kw !== null && kw.size > 0) throw typeError('float() takes no keyword arguments');
  if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
  const x = args.length === 0 ? 0 : floatFromValue(args[0]!);
  return new PyFloat(x, cls as PyType);
}

floatType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => floatNew(args[0]!, args.slice(1), kw))));
floatType.makeInstance = (cls) => new PyFloat(0, cls);
// float(x): floatNew's answer for one positional argument.
floatType.callOne = (x) => new PyFloat(floatFromValue(x), floatType);

function toInt(x: number): Int {
  return floatTruncToInt(x);
}

defMethods(floatType, {
  __repr__: (self) => floatRepr(selfFloat(self)),
  __hash__: (self) => {
    selfFloat(self);
    return normInt(floatHash(self as PyFloat));
  },
  __bool__: (self) => selfFloat(self) !== 0,
  __neg__: (self) => makeFloat(-selfFloat(self)),
  __pos__: (self) => makeFloat(selfFloat(self)),
  __abs__: (self) => makeFloat(Math.abs(selfFloat(self))),
  __int__: (self) => toInt(selfFloat(self)),
  __trunc__: (self) => toInt(selfFloat(self)),
  __floor__: (self) => toInt(Math.floor(selfFloat(self))),
  __ceil__: (self) => toInt(Math.ceil(selfFloat(self))),
  __float__: (self) => makeFloat(selfFloat(self)),
  __round__: (self, args) => {
    const x = selfFloat(self);
    const nd = args[0];
    if (nd === undefined || nd === None) {
      if (x !== x) throw pyErr('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(x)) throw pyErr('OverflowError', 'cannot convert float infinity to integer');
      return normInt(roundFloatToInt(x));
    }
    const n = intOf(nd);
    if (n === undefined) throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
    return makeFloat(roundFloat(x, n));
  },
  __divmod__: (self, args) => {
    if (!isReal(args[0]!)) return NotImplemented;
    const r = divmod(makeFloat(selfFloat(self)), args[0]!);
    return r === NotImplemented ? r : new PyTuple(tupleType, r as PyValue[]);
  },
  __rdivmod__: (self, args) => {
    if (!isReal(args[0]!)) return NotImplemented;
    const r = divmod(args[0]!, makeFloat(selfFloat(self)));
    return r === NotImplemented ? r : new PyTuple(tupleType, r as PyValue[]);
  },
  __format__: (self, args) => {
    const spec = asStr(args[0]!);
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(args[0]!)}`);
    // An empty spec on a subclass instance means str(self) (format_obj).
    if (spec === '' && typeof self === 'object' && self.cls !== floatType) return str(self);
    return formatFloat(selfFloat(self), spec);
  },
  __getnewargs__: (self) => new PyTuple(tupleType, [makeFloat(selfFloat(self))]),
  is_integer: (self) => floatIsInteger(selfFloat(self)),
  as_integer_ratio: (self) => {
    const x = selfFloat(self);
    if (x !== x) throw pyErr('ValueError', 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) throw pyErr('OverflowError', 'cannot convert Infinity to integer ratio');
    const [n, d] = floatAsIntegerRatio(x);
    return new PyTuple(tupleType, [normInt(n), normInt(d)]);
  },
  hex: (self) => floatHex(selfFloat(self)),
  conjugate: (self) => makeFloat(selfFloat(self)),
});
// float.__getformat__('double' | 'float'): CPython's answer on a little-endian host, given on every host (the same output everywhere).
floatType.dict.setStr('__getformat__', new PyClassMethod(classmethodType, builtinFunction('__getformat__', (args) => {
  if (args.length !== 2) throw typeError(`float.__getformat__() takes exactly one argument (${args.length - 1} given)`);
  const kind = asStr(args[1]!);
  if (kind === undefined) throw typeError(`__getformat__() argument must be str, not ${typeName(args[1]!)}`);
  if (kind !== 'double' && kind !== 'float') throw pyErr('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
  return 'IEEE, little-endian';
})));
floatType.dict.setStr('fromhex', new PyClassMethod(classmethodType, builtinFunction('fromhex', (args) => {
  const s = asStr(args[1]!);
  if (s === undefined) throw typeError(`bad argument type for built-in operation`);
  const x = floatFromHex(s);
  return args[0] === floatType ? makeFloat(x) : floatNew(args[0]!, [makeFloat(x)], null);
})));
floatType.invalidate();
defGetSet(floatType, 'real', (self) => makeFloat(selfFloat(self)));
defGetSet(floatType, 'imag', () => makeFloat(0));

// ---------------------------------------------------------------------------
// complex

function selfComplex(self: PyValue): PyComplex {
  if (self instanceof PyComplexValue) return new PyComplex(self.real, self.imag);
  throw typeError(`descriptor requires a 'complex' object but received '${typeName(self)}'`);
}

function complexBinary(op: number, reflected: boolean): MethodFn {
  return (self, args) => {
    const other = args[0]!;
    if (complexOf(other) === undefined) return NotImplemented;
    return reflected ? arith(op, other, self) : arith(op, self, other);
  };
}

for (const [name, op] of [['add', ADD], ['sub', SUB], ['mul', MUL], ['truediv', TRUEDIV], ['pow', POW]] as const) {
  defMethods(complexType, { [`__${name}__`]: complexBinary(op, false), [`__r${name}__`]: complexBinary(op, true) });
}

function complexEq(self: PyValue, other: PyValue): PyValue {
  const c = complexOf(other);
  if (c === undefined) return NotImplemented;
  const s = selfComplex(self);
  return s.real === c.real && s.imag === c.imag;
}

defMethods(complexType, {
  __repr__: (self) => complexRepr((self as PyComplexValue).real, (self as PyComplexValue).imag),
  __hash__: (self) => {
    const { real, imag } = self as PyComplexValue;
    const nan = real !== real || imag !== imag;
    return normInt(hashComplex(real, imag, nan ? BigInt(addressOf(self as PyComplexValue)) : 0n));
  },
  __eq__: (self, args) => complexEq(self, args[0]!),
  __ne__: (self, args) => {
    const r = complexEq(self, args[0]!);
    return r === NotImplemented ? r : !r;
  },
  __bool__: (self) => (self as PyComplexValue).real !== 0 || (self as PyComplexValue).imag !== 0,
  __getnewargs__: (self) => new PyTuple(tupleType, [makeFloat((self as PyComplexValue).real), makeFloat((self as PyComplexValue).imag)]),
  // An exact complex is its own complex(); a subclass's gives a plain one.
  __complex__: (self) => (typeOf(self) === complexType ? self : makeComplex(new PyComplex((self as PyComplexValue).real, (self as PyComplexValue).imag))),
  __neg__: (self) => makeComplex(new PyComplex(-(self as PyComplexValue).real, -(self as PyComplexValue).imag)),
  __pos__: (self) => self,
  __abs__: (self) => {
    const c = self as PyComplexValue;
    const r = libm.hypot(c.real, c.imag);
    if (!Number.isFinite(r) && Number.isFinite(c.real) && Number.isFinite(c.imag)) throw pyErr('OverflowError', 'absolute value too large');
    return makeFloat(r);
  },
  conjugate: (self) => makeComplex(new PyComplex((self as PyComplexValue).real, -(self as PyComplexValue).imag)),
  __format__: (self, args) => {
    if (asStr(args[0]!) !== '') throw pyErr('ValueError', 'complex format specs are not supported by etpy yet');
    return complexRepr((self as PyComplexValue).real, (self as PyComplexValue).imag);
  },
});
defGetSet(complexType, 'real', (self) => makeFloat((self as PyComplexValue).real));
defGetSet(complexType, 'imag', (self) => makeFloat((self as PyComplexValue).imag));

/** A complex() argument: a number, or an object with __complex__, __float__ or __index__ (in that order). */
function complexArg(v: PyValue): PyComplex | undefined {
  const direct = complexOf(v);
  if (direct !== undefined) return direct;
  const c = callSpecial(v, '__complex__', []);
  if (c !== undefined) {
    if (!(c instanceof PyComplexValue)) throw typeError(`__complex__ returned non-complex (type ${typeName(c)})`);
    return new PyComplex(c.real, c.imag);
  }
  if (typeOf(v).lookup('__float__') !== undefined || typeOf(v).lookup('__index__') !== undefined) {
    return new PyComplex(floatFromValue(v), 0);
  }
  return undefined;
}

function complexNew(cls: PyValue, args: PyValue[]): PyValue {
  const [re, im] = args;
  let real = 0;
  let imag = 0;
  if (re !== undefined) {
    const s = asStr(re);
    if (s !== undefined) {
      if (im !== undefined) throw typeError("complex() can't take second arg if first is a string");
      const c = parseComplex(s);
      real = c.real;
      imag = c.imag;
    } else {
      const c = complexArg(re);
      if (c === undefined) throw typeError(`complex() first argument must be a string or a number, not '${typeName(re)}'`);
      real = c.real;
      imag = c.imag;
    }
  }
  if (im !== undefined) {
    const c = complexArg(im);
    if (c === undefined) throw typeError(`complex() second argument must be a number, not '${typeName(im)}'`);
    // complex(a, b) is a + b*1j without rounding: a real b becomes the imaginary part itself.
    if (im instanceof PyComplexValue) real -= c.imag;
    imag = re instanceof PyComplexValue ? imag + c.real : c.real;
  }
  return new PyComplexValue(cls as PyType, real, imag);
}

function parseComplex(text: string): PyComplex {
  const s = text.trim().replace(/^\((.*)\)$/, '$1');
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf|nan|infinity))?(?:([+-](?:\d+\.?\d*|\.\d+)?(?:[eE][+-]?\d+)?|[+-](?:inf|nan|infinity))?[jJ])?$/i.exec(s);
  if (m === null || s === '' || (m[1] === undefined && m[2] === undefined && !/[jJ]$/.test(s))) {
    throw pyErr('ValueError', 'complex() arg is a malformed string');
  }
  if (m[2] === undefined && /[jJ]$/.test(s)) {
    // Only an imaginary part: "3j", "-j".
    const body = s.slice(0, -1);
    const im = body === '' || body === '+' ? 1 : body === '-' ? -1 : floatFromText(body);
    return new PyComplex(0, im);
  }
  const real = m[1] === undefined ? 0 : floatFromText(m[1]);
  let imag = 0;
  if (m[2] !== undefined) imag = m[2] === '+' ? 1 : m[2] === '-' ? -1 : floatFromText(m[2]);
  return new PyComplex(real, imag);
}

complexType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args) => complexNew(args[0]!, args.slice(1)))));
complexType.invalidate();
