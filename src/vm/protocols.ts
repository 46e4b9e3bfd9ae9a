// The generic object protocols (Objects/abstract.c, object.c): attribute
// access with descriptors, repr/str, hashing, equality, truth, length,
// subscription, containment and iteration. Each has a fast path for the
// exact builtin types, then dispatches through the type's dunder methods, so
// subclasses and user classes behave as in CPython.
import {
  PyBoxed, PyBuiltin, PyClassMethod, PyDict, PyException, PyFloat, PyFunction, PyGetSet, PyList, PyMethod,
  PyMethodDescr, PyModule, PyNativeIterator, PyObject, PyProperty, PyStaticMethod, PyTuple, PyType, type PyValue,
  dictHooks, serialOf, PySet,
} from './object.js';
import {
  None, NotImplemented, builtinFunctionType, dictType, floatType, listType, methodType, strType, tupleType,
  typeOf, setType, frozensetType, typeType,
} from './types.js';
import { pyErr, typeError } from './errors.js';
import { callValue } from './call.js';
import { floatRepr } from '../runtime/float-repr.js';
import { strRepr } from '../runtime/str-repr.js';
import { hashFloat, hashInt, hashPointer, hashStr, hashTuple } from '../runtime/hash.js';
import { cpLength } from '../runtime/str-index.js';
import { strContains } from '../runtime/str-methods.js';
import { type SlotHash, slotHash, smallSlotHash } from '../runtime/set-order.js';
import { intToStr } from '../runtime/number-text.js';
import { type Int } from './int-ops.js';
import { interpState } from './state.js';
import { enterNative, leaveNative } from './recursion.js';

/** The type name CPython's error messages use (tp_name). */
export function typeName(v: PyValue): string {
  return typeOf(v).tpName;
}

/** int or bool (or an int subclass instance): its integer value; undefined otherwise. */
export function asInt(v: PyValue): Int | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    default:
      if (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint')) return v.value;
      return undefined;
  }
}

/** A float's or float subclass's value; undefined otherwise. */
export function asFloat(v: PyValue): number | undefined {
  return v instanceof PyFloat ? v.value : undefined;
}

/** A str or str subclass's value; undefined otherwise. */
export function asStr(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
  return undefined;
}

export function isSubtype(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

/** The fake but deterministic address of an object (id(), default reprs). */
export function addressOf(o: PyObject): number {
  return 0x7f0000000000 + serialOf(o) * 16;
}

/**
 * addressOf(o) in hex: 0x7f followed by ten digits, serialOf(o) * 16. The
 * serial (under 2^28) is a small int, whose hex V8 writes ~6x quicker than a
 * double's (a default repr is in many trace events: functions, classes).
 */
export function hexAddress(o: PyObject): string {
  const digits = serialOf(o).toString(16);
  return `0x7f${'000000000'.slice(digits.length)}${digits}0`;
}

// ---------------------------------------------------------------------------
// Calling a type's special methods

/** `type(obj).name` looked up without the instance dict (_PyObject_LookupSpecial). */
export function lookupSpecial(obj: PyValue, name: string): PyValue | undefined {
  return typeOf(obj).lookup(name);
}

/** Calls a descriptor found on a type as a method of `self`. */
export function callDescriptor(descr: PyValue, self: PyValue, args: PyValue[]): PyValue {
  if (descr instanceof PyMethodDescr) return descr.fn(self, args, null);
  if (descr instanceof PyFunction) return callValue(descr, [self, ...args], null);
  return callValue(bindDescriptor(descr, self, typeOf(self)), args, null);
}

/** Calls `type(self).name(self, *args)`; undefined when the type lacks it. */
export function callSpecial(self: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const descr = typeOf(self).lookup(name);
  if (descr === undefined || descr === None) return undefined;
  return callDescriptor(descr, self, args);
}

/** descr.__get__(obj, type) for what a lookup found on a type. */
export function bindDescriptor(descr: PyValue, obj: PyValue, type: PyType): PyValue {
  if (descr instanceof PyFunction) return new PyMethod(methodType, descr, obj);
  if (descr instanceof PyMethodDescr) {
    return new PyBuiltin(builtinFunctionType, descr.name, (args, kw) => descr.fn(obj, args, kw), obj, `${descr.owner.name}.${descr.name}`);
  }
  if (descr instanceof PyClassMethod) return new PyMethod(methodType, descr.func, type);
  if (descr instanceof PyStaticMethod) return descr.func;
  if (descr instanceof PyGetSet) return descr.get(obj);
  if (descr instanceof PyProperty) {
    if (descr.fget === None) throw propertyError(descr, obj, 'getter');
    return callValue(descr.fget, [obj], null);
  }
  if (typeof descr === 'object' && !(descr instanceof PyType)) {
    const get = typeOf(descr).lookup('__get__');
    if (get !== undefined && !typeOf(descr).builtin) return callDescriptor(get, descr, [obj, type]);
  }
  return descr;
}

function isDataDescriptor(descr: PyValue): boolean {
  if (descr instanceof PyGetSet || descr instanceof PyProperty) return true;
  if (typeof descr !== 'object' || descr instanceof PyFunction || descr instanceof PyMethodDescr) return false;
  const t = descr.cls;
  if (t.builtin) return false;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

// ---------------------------------------------------------------------------
// Attributes

const objectGetattribute: { value: PyValue | undefined } = { value: undefined };
export function setObjectGetattribute(v: PyValue): void {
  objectGetattribute.value = v;
}

/** getattr(obj, name) without a default: raises AttributeError. */
export function getAttr(obj: PyValue, name: string): PyValue {
  let v: PyValue | undefined;
  try {
    v = getAttrOrUndefined(obj, name);
  } catch (e) {
    if (e instanceof PyException) setAttributeErrorContext(e, obj, name);
    throw e;
  }
  if (v === undefined) throw attributeError(obj, name);
  return v;
}

export function attributeError(obj: PyValue, name: string): PyException {
  let e: PyException;
  if (obj instanceof PyModule) e = pyErr('AttributeError', `module '${obj.name}' has no attribute '${name}'`);
  else if (obj instanceof PyType) e = pyErr('AttributeError', `type object '${obj.tpName}' has no attribute '${name}'`);
  else e = pyErr('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
  setAttributeErrorContext(e, obj, name);
  return e;
}

/**
 * set_attribute_error_context: an AttributeError leaving an attribute lookup
 * records the object and name (for the "Did you mean" suggestion) unless it
 * already has them.
 */
export function setAttributeErrorContext(e: PyException, obj: PyValue, name: string): void {
  if (!e.cls.isSubtypeOf(attributeErrorType())) return;
  const d = e.dict ??= new PyDict();
  const n = d.getStr('name');
  const o = d.getStr('obj');
  if ((n !== undefined && n !== None) || (o !== undefined && o !== None)) return;
  d.setStr('name', name);
  d.setStr('obj', obj);
}

/** The generic lookup; undefined when the attribute is missing (other errors propagate). */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const ga = t.lookup('__getattribute__');
  if (ga !== objectGetattribute.value && ga !== undefined) return callCatchingAttributeError(obj, name, ga);
  if (!t.builtin) {
    const g = t.lookup('__getattr__');
    if (g !== undefined) {
      // slot_tp_getattr_hook: __getattr__ runs when the generic lookup raises AttributeError.
      let v: PyValue | undefined;
      try {
        v = genericGetAttr(obj, name);
      } catch (e) {
        if (!(e instanceof PyException && e.cls.isSubtypeOf(attributeErrorType()))) throw e;
      }
      if (v !== undefined) return v;
      return callDescriptor(g, obj, [name]);
    }
  }
  return genericGetAttr(obj, name);
}

/** _PyObject_LookupAttr: the attribute, or undefined when the lookup raised AttributeError. */
/**
 * _PyObject_IsAbstract: whether `value`'s __isabstractmethod__ is true
 * (property, classmethod and staticmethod answer for their functions).
 */
export function isAbstractObject(value: PyValue): boolean {
  const flag = lookupAttr(value, '__isabstractmethod__');
  return flag !== undefined && truthy(flag);
}

export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOrUndefined(obj, name);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(attributeErrorType())) return undefined;
    throw e;
  }
}

/** Setting a descriptor without a setter: a read-only member's error (PyMember_SetOne) or a getset's. */
export function notWritable(descr: PyGetSet, name: string): ReturnType<typeof pyErr> {
  // By name: member_descriptor is made in type-object.ts, which imports this file.
  if (descr.cls.name === 'member_descriptor') return pyErr('AttributeError', 'readonly attribute');
  return pyErr('AttributeError', `attribute '${name}' of '${descr.owner.tpName}' objects is not writable`);
}

/** object.__getattribute__ (type.__getattribute__ for type objects): descriptors, then the instance dict. */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined && isDataDescriptor(descr)) return bindDescriptor(descr, obj, t);
  if (typeof obj === 'object' && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindDescriptor(descr, obj, t);
  if (obj instanceof PyModule) {
    const ga = obj.dict.getStr('__getattr__');
    if (ga !== undefined) return callValue(ga, [name], null);
    return undefined;
  }
  return undefined;
}

function callCatchingAttributeError(obj: PyValue, name: string, fn: PyValue): PyValue | undefined {
  try {
    return callDescriptor(fn, obj, [name]);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(attributeErrorType())) {
      const t = typeOf(obj);
      const g = t.builtin ? undefined : t.lookup('__getattr__');
      if (g !== undefined) return callDescriptor(g, obj, [name]);
      throw e;
    }
    throw e;
  }
}

let attrErrType: PyType | null = null;
function attributeErrorType(): PyType {
  attrErrType ??= pyErr('AttributeError').cls;
  return attrErrType;
}

function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  const meta = t.cls;
  const metaDescr = meta.lookup(name);
  if (metaDescr !== undefined && isDataDescriptor(metaDescr)) return bindDescriptor(metaDescr, t, meta);
  const v = t.lookup(name);
  if (v !== undefined) {
    if (v instanceof PyClassMethod) return new PyMethod(methodType, v.func, t);
    if (v instanceof PyStaticMethod) return v.func;
    if (v instanceof PyFunction || v instanceof PyMethodDescr || v instanceof PyProperty || v instanceof PyGetSet) return v;
    if (typeof v === 'object' && !(v instanceof PyType) && !v.cls.builtin) {
      const get = v.cls.lookup('__get__');
      if (get !== undefined) return callDescriptor(get, v, [None, t]);
    }
    return v;
  }
  if (metaDescr !== undefined) return bindDescriptor(metaDescr, t, meta);
  if (!meta.builtin) {
    const g = meta.lookup('__getattr__');
    if (g !== undefined) return callDescriptor(g, t, [name]);
  }
  return undefined;
}

export function setAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  if (!t.builtin) {
    const sa = t.lookup(value === undefined ? '__delattr__' : '__setattr__');
    if (sa !== undefined && !(sa instanceof PyMethodDescr)) {
      callDescriptor(sa, obj, value === undefined ? [name] : [name, value]);
      return;
    }
  }
  genericSetAttr(obj, name, value);
}

export function genericSetAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  if (obj instanceof PyType) {
    if (obj.builtin) {
      throw typeError(`cannot set '${name}' attribute of immutable type '${obj.tpName}'`);
    }
    const metaDescr = t.lookup(name);
    if (metaDescr instanceof PyGetSet) {
      if (metaDescr.set === null) throw notWritable(metaDescr, name);
      metaDescr.set(obj, value);
      return;
    }
    if (metaDescr instanceof PyProperty) {
      const fn = value === undefined ? metaDescr.fdel : metaDescr.fset;
      if (fn === None) throw propertyError(metaDescr, obj, value === undefined ? 'deleter' : 'setter');
      callValue(fn, value === undefined ? [obj] : [obj, value], null);
      return;
    }
    if (metaDescr !== undefined && typeof metaDescr === 'object' && !metaDescr.cls.builtin) {
      const m = metaDescr.cls.lookup(value === undefined ? '__delete__' : '__set__');
      if (m !== undefined) {
        callDescriptor(m, metaDescr, value === undefined ? [obj] : [obj, value]);
        return;
      }
    }
    if (value === undefined) {
      if (!obj.dict.deleteStr(name)) throw pyErr('AttributeError', `type object '${obj.tpName}' has no attribute '${name}'`);
    } else {
      obj.dict.setStr(name, value);
    }
    obj.invalidate();
    return;
  }
  const descr = t.lookup(name);
  if (descr !== undefined) {
    if (descr instanceof PyGetSet) {
      if (descr.set === null) throw notWritable(descr, name);
      descr.set(obj, value);
      return;
    }
    if (descr instanceof PyProperty) {
      const fn = value === undefined ? descr.fdel : descr.fset;
      if (fn === None) throw propertyError(descr, obj, value === undefined ? 'deleter' : 'setter');
      callValue(fn, value === undefined ? [obj] : [obj, value], null);
      return;
    }
    if (typeof descr === 'object' && !descr.cls.builtin) {
      const m = descr.cls.lookup(value === undefined ? '__delete__' : '__set__');
      if (m !== undefined) {
        callDescriptor(m, descr, value === undefined ? [obj] : [obj, value]);
        return;
      }
    }
  }
  // Functions (and other objects with a __dict__) get their dict on first use.
  if (typeof obj === 'object' && obj.dict === null && t.hasInstanceDict && value !== undefined) obj.dict = new PyDict();
  if (typeof obj === 'object' && obj.dict !== null) {
    if (value === undefined) {
      if (!obj.dict.deleteStr(name)) throw attributeError(obj, name);
    } else {
      obj.dict.setStr(name, value);
    }
    return;
  }
  if (descr === undefined) throw attributeError(obj, name);
  throw pyErr('AttributeError', `'${t.tpName}' object attribute '${name}' is read-only`);
}

/** property_descr_get/set's AttributeError for a missing getter, setter or deleter. */
export function propertyError(p: PyProperty, obj: PyValue, what: 'getter' | 'setter' | 'deleter'): PyException {
  const qualname = repr(typeOf(obj).qualname);
  if (p.name !== null) return pyErr('AttributeError', `property ${repr(p.name)} of ${qualname} object has no ${what}`);
  return pyErr('AttributeError', `property of ${qualname} object has no ${what}`);
}

// ---------------------------------------------------------------------------
// repr, str

/** Objects whose repr is being computed: recursive containers print `[...]`. */
const reprActive = new Set<PyObject>();

export function reprEnter(o: PyObject): boolean {
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  reprActive.delete(o);
}

export function intRepr(v: Int): string {
  return typeof v === 'number' ? String(v) : intToStr(v, interpState.maxStrDigits);
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number': return String(v);
    case 'bigint': return intToStr(v, interpState.maxStrDigits);
    case 'string': return strRepr(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v.cls === floatType) return floatRepr((v as PyFloat).value);
  if (v === None) return 'None';
  enterNative(' while getting the repr of an object');
  let r: PyValue | undefined;
  try {
    r = callSpecial(v, '__repr__', []);
  } finally {
    leaveNative();
  }
  const s = r === undefined ? undefined : asStr(r);
  if (s === undefined) throw typeError(`__repr__ returned non-string (type ${typeName(r ?? None)})`);
  return s;
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return String(v);
    case 'bigint': return intToStr(v, interpState.maxStrDigits);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v.cls === floatType) return floatRepr((v as PyFloat).value);
  if (v instanceof PyBoxed && v.cls === strType) return v.value as string;
  const r = callStr(v);
  return typeof r === 'string' ? r : (r.value as string);
}

/** PyObject_Str: str(v) as `str(v)` gives it, a str subclass instance __str__ returned kept as it is. */
export function strObject(v: PyValue): PyValue {
  if (typeof v !== 'object' || v.cls === floatType || (v instanceof PyBoxed && v.cls === strType)) return str(v);
  return callStr(v);
}

/** v.__str__(), which must be a str (or a str subclass instance). */
function callStr(v: PyObject): string | PyBoxed {
  enterNative(' while getting the str of an object');
  let r: PyValue | undefined;
  try {
    r = callSpecial(v, '__str__', []);
  } finally {
    leaveNative();
  }
  if (typeof r === 'string' || (r instanceof PyBoxed && typeof r.value === 'string')) return r;
  throw typeError(`__str__ returned non-string (type ${typeName(r ?? None)})`);
}

// ---------------------------------------------------------------------------
// Hashing and equality

export function hash(v: PyValue): bigint {
  switch (typeof v) {
    case 'number': return v === -1 ? -2n : BigInt(v);
    case 'bigint': return hashInt(v);
    case 'string': return hashStr(v);
    case 'boolean': return v ? 1n : 0n;
  }
  const t = v.cls;
  if (t === floatType) return floatHash(v as PyFloat);
  if (t === tupleType) {
    const tup = v as PyTuple;
    if (tup.hashCache === null) tup.hashCache = hashTuple(tup.items.map(hash));
    return tup.hashCache;
  }
  const h = t.lookup('__hash__');
  if (h === undefined || h === None) throw typeError(`unhashable type: '${t.tpName}'`);
  const r = callDescriptor(h, v, []);
  const n = asInt(r);
  if (n === undefined) throw typeError('__hash__ method should return an integer');
  // slot_tp_hash: a result that fits a Py_hash_t is used as is (-1 becomes -2); a bigger int is hashed.
  const b = BigInt(n);
  if (b >= -(2n ** 63n) && b < 2n ** 63n) return b === -1n ? -2n : b;
  return hashInt(n);
}

/** hash(v) in the form a set table stores (set-order.ts SlotHash): an int's is itself, no bigint made. */
export function slotHashOf(v: PyValue): SlotHash {
  if (typeof v === 'number') return smallSlotHash(v === -1 ? -2 : v);
  return slotHash(hash(v));
}

/** hash() of a float: only a NaN hashes by address (asking for the address would give every float an id). */
export function floatHash(f: PyFloat): bigint {
  const x = f.value;
  return hashFloat(x, x !== x ? BigInt(addressOf(f)) : 0n);
}

/** The default object hash: from the address, as CPython's _Py_HashPointer. */
export function identityHash(o: PyObject): bigint {
  return hashPointer(BigInt(addressOf(o)));
}

export const LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;
const COMPARE_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
const SWAPPED = [GT, GE, EQ, NE, LT, LE] as const;

/** Compares two numbers (int, bool, float) exactly; undefined if either is not one. */
export type NumericCompare = (a: PyValue, b: PyValue) => number | undefined;
let numericCompare: NumericCompare = () => undefined;
export function setNumericCompare(f: NumericCompare): void {
  numericCompare = f;
}

/** Rich comparison `op` (LT..GE) from a three-way comparison's sign; NaN for unordered. */
export function compareResult(c: number, op: number): boolean {
  // NaN (unordered) makes every comparison false except !=.
  switch (op) {
    case LT: return c < 0;
    case LE: return c <= 0;
    case EQ: return c === 0;
    case NE: return !(c === 0);
    case GT: return c > 0;
    default: return c >= 0;
  }
}

/** Code-point order of two strings (JS compares UTF-16 units, which differs above U+FFFF). */
export function compareStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs === ys) return x < y ? -1 : 1;
      return xs ? 1 : -1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** PyObject_RichCompare: the result object of `a op b`. */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === 'string' && typeof b === 'string') return compareResult(a === b ? 0 : compareStr(a, b), op);
  const c = numericCompare(a, b);
  if (c !== undefined) return compareResult(c, op);
  enterNative(' in comparison');
  try {
    return richCompareSlow(a, b, op);
  } finally {
    leaveNative();
  }
}

/** Sequence comparison: first differing item decides, then length. */
export function compareSequences(a: PyValue[], b: PyValue[], op: number): PyValue {
  if ((op === EQ || op === NE) && a.length !== b.length) return op === NE;
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!eq(a[i]!, b[i]!)) break;
  if (i >= n) return compareResult(a.length - b.length, op);
  if (op === EQ) return false;
  if (op === NE) return true;
  return richCompare(a[i]!, b[i]!, op);
}

function richCompareSlow(a: PyValue, b: PyValue, op: number): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  // Two exact tuples or lists: their __lt__ etc. (which cannot be replaced) without the call.
  if (ta === tb && (ta === tupleType || ta === listType)) return compareSequences((a as PyTuple).items, (b as PyTuple).items, op);
  let reversedTried = false;
  // Unlike binary operators, CPython tries a subclass's reflected comparison
  // first even when the subclass inherits it unchanged (do_richcompare).
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const rm = tb.lookup(COMPARE_DUNDERS[SWAPPED[op]]);
    if (rm !== undefined && rm !== None) {
      reversedTried = true;
      const r = callDescriptor(rm, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const m = ta.lookup(COMPARE_DUNDERS[op]);
  if (m !== undefined && m !== None) {
    const r = callDescriptor(m, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!reversedTried) {
    const rm = tb.lookup(COMPARE_DUNDERS[SWAPPED[op]]);
    if (rm !== undefined && rm !== None) {
      const r = callDescriptor(rm, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === EQ) return a === b;
  if (op === NE) return a !== b;
  throw typeError(`'${COMPARE_OPS[op]}' not supported between instances of '${ta.tpName}' and '${tb.tpName}'`);
}

/** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === typeof b && (ta === 'string' || ta === 'number' || ta === 'bigint')) return false;
  return truthy(richCompare(a, b, EQ));
}

export function compareBool(a: PyValue, b: PyValue, op: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return compareResult(a < b ? -1 : a > b ? 1 : 0, op);
  return truthy(richCompare(a, b, op));
}

dictHooks.hash = hash;
dictHooks.eq = eq;
dictHooks.plainBoxed = (b) => b.cls.lookup('__hash__') instanceof PyMethodDescr && b.cls.lookup('__eq__') instanceof PyMethodDescr;

// ---------------------------------------------------------------------------
// Truth, length

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'bigint': return true;
    case 'string': return v.length > 0;
  }
  if (v === None) return false;
  const t = v.cls;
  if (t === listType || t === tupleType) return (v as PyList).items.length > 0;
  if (t === dictType) return (v as PyDict).size > 0;
  if (t === floatType) return (v as PyFloat).value !== 0;
  if (t === setType || t === frozensetType) return (v as PySet).table.size > 0;
  const b = t.lookup('__bool__');
  if (b !== undefined && b !== None) {
    const r = callDescriptor(b, v, []);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== undefined && l !== None) return lenResult(callDescriptor(l, v, [])) > 0;
  return true;
}

function lenResult(r: PyValue): number {
  const n = asInt(r);
  if (n === undefined || typeof r === 'boolean' && false) throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  if (typeof n === 'bigint') throw pyErr('OverflowError', 'cannot fit \'int\' into an index-sized integer');
  if (n < 0) throw pyErr('ValueError', '__len__() should return >= 0');
  return n;
}

export function len(v: PyValue): number {
  if (typeof v === 'string') return cpLength(v);
  if (typeof v === 'object') {
    const t = v.cls;
    if (t === listType || t === tupleType) return (v as PyList).items.length;
    if (t === dictType) return (v as PyDict).size;
    if (t === setType || t === frozensetType) return (v as PySet).table.size;
  }
  const l = typeOf(v).lookup('__len__');
  if (l === undefined || l === None) throw typeError(`object of type '${typeName(v)}' has no len()`);
  return lenResult(callDescriptor(l, v, []));
}

// ---------------------------------------------------------------------------
// Subscription and containment

/** str's __getitem__ (str.ts installs it): `s[key]` without looking the method up. */
export const strSubscript: { get: (s: string, key: PyValue) => PyValue } = {
  get: () => { throw new Error('str subscript not installed'); },
};

/** The exact list type's __getitem__ and __setitem__ (list.ts installs them), for slices and errors. */
export const listSubscript: { get: (l: PyList, key: PyValue) => PyValue; set: (l: PyList, key: PyValue, v: PyValue) => void } = {
  get: () => { throw new Error('list subscript not installed'); },
  set: () => { throw new Error('list subscript not installed'); },
};

export function getItem(o: PyValue, key: PyValue): PyValue {
  if (typeof o === 'string') return strSubscript.get(o, key);
  if (typeof o === 'object') {
    // Exact dicts' and tuples' __getitem__ cannot be replaced: a present key or an index in range
    // without the call (the rest raises below).
    const cls = o.cls;
    if (cls === dictType) {
      const v = (o as PyDict).get(key);
      if (v !== undefined) return v;
    } else if (cls === tupleType && typeof key === 'number') {
      const items = (o as PyTuple).items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i]!;
    } else if (cls === listType) {
      return listSubscript.get(o as PyList, key);
    }
  }
  const m = typeOf(o).lookup('__getitem__');
  if (m !== undefined && m !== None) return callDescriptor(m, o, [key]);
  if (o instanceof PyType) {
    if (o === typeType) return makeGenericAliasHook.make!(o, key);
    const cg = o.lookup('__class_getitem__');
    if (cg !== undefined) return callValue(bindDescriptor(cg, o, o), [key], null);
    throw typeError(`type '${o.tpName}' is not subscriptable`);
  }
  throw typeError(`'${typeName(o)}' object is not subscriptable`);
}

export function setItem(o: PyValue, key: PyValue, value: PyValue): void {
  if (typeof o === 'object') {
    if (o.cls === dictType) {
      (o as PyDict).set(key, value);
      return;
    }
    if (o.cls === listType) {
      listSubscript.set(o as PyList, key, value);
      return;
    }
  }
  const m = typeOf(o).lookup('__setitem__');
  if (m === undefined || m === None) throw typeError(`'${typeName(o)}' object does not support item assignment`);
  callDescriptor(m, o, [key, value]);
}

export function delItem(o: PyValue, key: PyValue): void {
  const m = typeOf(o).lookup('__delitem__');
  if (m === undefined || m === None) throw typeError(`'${typeName(o)}' object doesn't support item deletion`);
  callDescriptor(m, o, [key]);
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string' && typeof item === 'string') return strContains(container, item);
  // Exact sets and dicts with an int or str key: the lookup __contains__ would make, without the call.
  if ((typeof item === 'number' || typeof item === 'string') && typeof container === 'object') {
    const cls = container.cls;
    if (cls === setType || cls === frozensetType) return (container as PySet).table.has(item, slotHashOf(item));
    if (cls === dictType) return (container as PyDict).find(item) >= 0;
  }
  const m = typeOf(container).lookup('__contains__');
  if (m !== undefined && m !== None) return truthy(callDescriptor(m, container, [item]));
  const it = getIterOrUndefined(container);
  if (it === undefined) throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (eq(x, item)) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Iteration

export function getIter(v: PyValue): PyValue {
  const it = getIterOrUndefined(v);
  if (it === undefined) throw typeError(`'${typeName(v)}' object is not iterable`);
  return it;
}

/** Old-style iteration over __getitem__ (sequence protocol). */
let sequenceIterator: (v: PyValue) => PyValue = () => { throw new Error('sequence iterator not installed'); };
export function setSequenceIterator(f: (v: PyValue) => PyValue): void {
  sequenceIterator = f;
}

export function getIterOrUndefined(v: PyValue): PyValue | undefined {
  const t = typeOf(v);
  const m = t.lookup('__iter__');
  if (m !== undefined) {
    if (m === None) return undefined;
    const it = callDescriptor(m, v, []);
    if (!(it instanceof PyNativeIterator) && typeOf(it).lookup('__next__') === undefined) {
      throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  if (t.lookup('__getitem__') !== undefined && !(v instanceof PyDict)) return sequenceIterator(v);
  return undefined;
}

/** Resumes generators; installed by generator.ts. */
/** types.GenericAlias's constructor (generic-alias.ts imports this file): `type[int]`. */
export const makeGenericAliasHook: { make: ((origin: PyValue, args: PyValue) => PyValue) | null } = { make: null };

export const generatorHooks: { isGenerator: (v: PyValue) => boolean; next: (g: PyValue) => PyValue | undefined } = {
  isGenerator: () => false,
  next: () => undefined,
};

/** The next item, or undefined when the iterator is exhausted (StopIteration swallowed). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyNativeIterator) return it.next();
  if (generatorHooks.isGenerator(it)) return generatorHooks.next(it);
  const m = typeOf(it).lookup('__next__');
  if (m === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callDescriptor(m, it, []);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(stopIterationType())) return undefined;
    throw e;
  }
}

let stopIterType: PyType | null = null;
export function stopIterationType(): PyType {
  stopIterType ??= pyErr('StopIteration').cls;
  return stopIterType;
}

/** Collects an iterable into a JS array (list() and friends). */
export function toArray(v: PyValue): PyValue[] {
  if (typeof v === 'object' && (v.cls === listType || v.cls === tupleType)) return (v as PyList).items.slice();
  return iteratorItems(getIter(v));
}

/** What iterator `it` gives until it is exhausted. */
export function iteratorItems(it: PyValue): PyValue[] {
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    out.push(x);
    if (out.length > interpState.maxItems) throw pyErr('MemoryError');
  }
  return out;
}


/**
 * PyObject_LengthHint, for its side effects: list(), tuple(), list.extend and
 * `[*x]` ask a class's __len__ (or __length_hint__) how many items to expect,
 * and that call is visible (it runs Python code, its errors propagate except
 * TypeError). Builtin types answer without running anything.
 */
export function lengthHint(v: PyValue): void {
  const t = typeOf(v);
  if (t.builtin) return;
  const len = t.lookup('__len__');
  if (len !== undefined && len !== None) {
    try {
      lenResult(callDescriptor(len, v, []));
      return;
    } catch (e) {
      if (!(e instanceof PyException && e.cls.isSubtypeOf(pyErr('TypeError').cls))) throw e;
    }
  }
  const hint = t.lookup('__length_hint__');
  if (hint === undefined || hint === None) return;
  const r = callDescriptor(hint, v, []);
  if (r === NotImplemented) return;
  const n = asInt(r);
  if (n === undefined) throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr('ValueError', '__length_hint__() should return >= 0');
}

/** The items of an iterable as list()/tuple() collect them: iterator first, then the length hint. */
export function toArrayWithHint(v: PyValue): PyValue[] {
  if (typeof v === 'object' && (v.cls === listType || v.cls === tupleType)) return (v as PyList).items.slice();
  const it = getIter(v);
  lengthHint(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    out.push(x);
    if (out.length > interpState.maxItems) throw pyErr('MemoryError');
  }
  return out;
}

/**
 * list_extend: a list or tuple is copied at once; other iterables are
 * appended item by item, so what came before an exception stays (as in
 * CPython) and the iteration sees the list grow. list.extend, `+=` and
 * LIST_EXTEND (`[*a]`) share it.
 */
export function extendItems(items: PyValue[], v: PyValue): void {
  if (typeof v === 'object' && (v.cls === listType || v.cls === tupleType)) {
    const add = (v as PyList).items;
    const n = add.length;
    for (let i = 0; i < n; i++) items.push(add[i]!);
    return;
  }
  const it = getIter(v);
  lengthHint(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (items.length >= interpState.maxItems) throw pyErr('MemoryError');
    items.push(x);
  }
}

export function isTrueInt(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint';
}

