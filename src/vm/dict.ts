// dict and its views: insertion-ordered (object.ts PyDict), with CPython's
// errors for missing keys, mutation during iteration and bad updates.
import {
  DELETED, estimateLog2KeySize, iteratesAsDict, type KwArgs, PyDict, PyNativeIterator, PyObject, PySet, PyTuple, PyType, type PyValue, PyClassMethod,
} from './object.js';
import { None, NotImplemented, builtinType, classmethodType, dictType, iteratorType, mappingProxyType, setType, tupleType, typeOf } from './types.js';
import { newException, pyErr, typeError } from './errors.js';
import {
  callSpecial, contains, eq, getAttr, getAttrOrUndefined, getItem, hash, iterNext, slotHashOf, getIter, len, repr, reprEnter,
  reprLeave, toArray, typeName,
} from './protocols.js';
import { argRange, builtinFunction, callValue, defMethods, noArgs, noKw, oneArg } from './call.js';
import { excType } from './types.js';
import { newSet, setFromIterable, setUpdateInternal } from './set.js';

export function selfDict(self: PyValue): PyDict {
  if (self instanceof PyDict) return self;
  throw typeError(`descriptor requires a 'dict' object but received '${typeName(self)}'`);
}

export function keyError(key: PyValue): PyValue {
  return newException(excType('KeyError'), [key]);
}

dictType.makeInstance = (cls) => new PyDict(cls);

/** dict.update / dict(x): a mapping (has keys()) or an iterable of pairs, then keywords. */
export function dictUpdateFrom(d: PyDict, arg: PyValue | undefined, kw: KwArgs | null, fname = 'update'): void {
  if (arg !== undefined) {
    if (arg instanceof PyDict && iteratesAsDict(arg)) {
      d.mergeFrom(arg);
    } else if (getAttrOrUndefined(arg, 'keys') !== undefined) {
      const keys = callValue(getAttrOrUndefined(arg, 'keys')!, [], null);
      for (const k of toArray(keys)) d.set(k, getItem(arg, k));
    } else {
      const it = getIterOrTypeError(arg);
      let i = 0;
      for (let item = iterNext(it); item !== undefined; item = iterNext(it), i++) {
        let pair: PyValue[];
        try {
          pair = toArray(item);
        } catch {
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        if (pair.length !== 2) {
          throw pyErr('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        d.set(pair[0]!, pair[1]!);
      }
    }
  }
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
  void fname;
}

function getIterOrTypeError(v: PyValue): PyValue {
  try {
    return getIter(v);
  } catch {
    throw typeError(`'${typeName(v)}' object is not iterable`);
  }
}

/**
 * Iterates a dict's entries, raising CPython's errors when it changes size
 * meanwhile, or yields more entries than it had (keys replaced).
 */
/** The iterator types of a dict's keys, values and items, forward and reversed. */
const ITERATOR_TYPES = {
  keys: iteratorType('dict_keyiterator'), values: iteratorType('dict_valueiterator'), items: iteratorType('dict_itemiterator'),
} as const;
const REVERSE_ITERATOR_TYPES = {
  keys: iteratorType('dict_reversekeyiterator'), values: iteratorType('dict_reversevalueiterator'), items: iteratorType('dict_reverseitemiterator'),
} as const;

function dictIterator(d: PyDict, kind: 'keys' | 'values' | 'items', type: PyType): PyNativeIterator {
  let i = 0;
  const size = d.size;
  let remaining = size;
  let done = false;
  return new PyNativeIterator(type, () => {
    if (done) return undefined;
    if (d.size !== size) {
      done = true;
      throw pyErr('RuntimeError', 'dictionary changed size during iteration');
    }
    const j = d.nextIndex(i);
    if (j < 0) {
      done = true;
      return undefined;
    }
    if (remaining === 0) {
      done = true;
      throw pyErr('RuntimeError', 'dictionary keys changed during iteration');
    }
    remaining--;
    i = j + 1;
    return entryOf(d, j, kind);
  }, null, () => ({ of: d, view: kind, taken: size - remaining }));
}

function entryOf(d: PyDict, j: number, kind: 'keys' | 'values' | 'items'): PyValue {
  const k = d.keys[j] as PyValue;
  if (kind === 'keys') return k;
  if (kind === 'values') return d.values[j]!;
  return new PyTuple(tupleType, [k, d.values[j]!]);
}

/** reversed(dict) and reversed(view): from the last entry back; the same size checks. */
function reverseDictIterator(d: PyDict, kind: 'keys' | 'values' | 'items', type: PyType): PyNativeIterator {
  let i = d.keys.length - 1;
  const size = d.size;
  let remaining = size;
  let done = false;
  return new PyNativeIterator(type, () => {
    if (done) return undefined;
    if (d.size !== size) {
      done = true;
      throw pyErr('RuntimeError', 'dictionary changed size during iteration');
    }
    while (i >= 0 && i < d.keys.length && d.keys[i] === DELETED) i--;
    if (i < 0 || i >= d.keys.length || remaining === 0) {
      done = true;
      return undefined;
    }
    remaining--;
    return entryOf(d, i--, kind);
  }, [d]);
}

function dictRepr(d: PyDict): string {
  if (!reprEnter(d)) return '{...}';
  try {
    const parts: string[] = [];
    for (const [k, v] of d.entries()) parts.push(`${repr(k)}: ${repr(v)}`);
    return `{${parts.join(', ')}}`;
  } finally {
    reprLeave(d);
  }
}

export function dictGet(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const r = callSpecial(d, '__missing__', [key]);
    if (r !== undefined) return r;
  }
  throw keyError(key);
}

function dictsEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !eq(v, w)) return false;
  }
  return true;
}

defMethods(dictType, {
  __repr__: (self) => dictRepr(selfDict(self)),
  __init__: (self, args, kw) => {
    argRange('dict', args, null, 0, 1);
    dictUpdateFrom(selfDict(self), args[0], kw, 'dict');
    return None;
  },
  __len__: (self) => selfDict(self).size,
  __getitem__: (self, args) => dictGet(selfDict(self), args[0]!),
  __setitem__: (self, args) => {
    selfDict(self).set(args[0]!, args[1]!);
    return None;
  },
  __delitem__: (self, args) => {
    if (!selfDict(self).delete(args[0]!)) throw keyError(args[0]!);
    return None;
  },
  __contains__: (self, args) => selfDict(self).find(args[0]!) >= 0,
  __iter__: (self) => dictIterator(selfDict(self), 'keys', ITERATOR_TYPES.keys),
  __reversed__: (self) => reverseDictIterator(selfDict(self), 'keys', REVERSE_ITERATOR_TYPES.keys),
  __eq__: (self, args) => (args[0] instanceof PyDict ? dictsEqual(selfDict(self), args[0]) : NotImplemented),
  __ne__: (self, args) => (args[0] instanceof PyDict ? !dictsEqual(selfDict(self), args[0]) : NotImplemented),
  __or__: (self, args) => {
    if (!(args[0] instanceof PyDict)) return NotImplemented;
    const d = copyDict(selfDict(self));
    dictUpdateFrom(d, args[0], null);
    return d;
  },
  __ror__: (self, args) => {
    if (!(args[0] instanceof PyDict)) return NotImplemented;
    const d = copyDict(args[0]);
    dictUpdateFrom(d, selfDict(self), null);
    return d;
  },
  __ior__: (self, args) => {
    dictUpdateFrom(selfDict(self), args[0], null);
    return self;
  },
  get: (self, args, kw) => {
    noKw('dict.get', kw);
    argRange('get', args, null, 1, 2);
    const v = selfDict(self).get(args[0]!);
    return v === undefined ? args[1] ?? None : v;
  },
  setdefault: (self, args, kw) => {
    noKw('dict.setdefault', kw);
    argRange('setdefault', args, null, 1, 2);
    const d = selfDict(self);
    const v = d.get(args[0]!);
    if (v !== undefined) return v;
    const dflt = args[1] ?? None;
    d.set(args[0]!, dflt);
    return dflt;
  },
  pop: (self, args, kw) => {
    noKw('dict.pop', kw);
    argRange('pop', args, null, 1, 2);
    const d = selfDict(self);
    const i = d.find(args[0]!);
    if (i < 0) {
      if (args.length > 1) return args[1]!;
      throw keyError(args[0]!);
    }
    const v = d.values[i]!;
    d.delete(d.keys[i] as PyValue);
    return v;
  },
  popitem: (self, args, kw) => {
    noArgs('dict.popitem', args, kw);
    const d = selfDict(self);
    const i = d.lastIndex();
    if (i < 0) throw pyErr('KeyError', 'popitem(): dictionary is empty');
    const k = d.keys[i] as PyValue;
    const v = d.values[i]!;
    d.delete(k);
    // Entries past i are all deleted: the next append reuses slot i.
    d.truncate(i);
    return new PyTuple(tupleType, [k, v]);
  },
  keys: (self, args, kw) => { noArgs('dict.keys', args, kw); return makeView(selfDict(self), 'keys'); },
  values: (self, args, kw) => { noArgs('dict.values', args, kw); return makeView(selfDict(self), 'values'); },
  items: (self, args, kw) => { noArgs('dict.items', args, kw); return makeView(selfDict(self), 'items'); },
  update: (self, args, kw) => {
    argRange('update', args, null, 0, 1);
    dictUpdateFrom(selfDict(self), args[0], kw);
    return None;
  },
  clear: (self, args, kw) => { noArgs('dict.clear', args, kw); selfDict(self).clear(); return None; },
  copy: (self, args, kw) => { noArgs('dict.copy', args, kw); return copyDict(selfDict(self)); },
});
dictType.dict.setStr('__hash__', None);
dictType.dict.setStr('fromkeys', new PyClassMethod(classmethodType, builtinFunction('fromkeys', (args, kw) => {
  noKw('dict.fromkeys', kw);
  argRange('fromkeys', args.slice(1), null, 1, 2);
  const cls = args[0]!;
  const value = args[2] ?? None;
  const d = callValue(cls, [], null);
  const iterable = args[1]!;
  // A dict or set argument sizes the table first (dict_fromkeys).
  if (d instanceof PyDict && d.cls === dictType && d.size === 0 && (iterable instanceof PyDict || iterable instanceof PySet)) {
    d.resize(estimateLog2KeySize(len(iterable)));
  }
  for (const k of toArray(iterable)) {
    if (d instanceof PyDict && d.cls === dictType) d.set(k, value);
    else callSpecial(d, '__setitem__', [k, value]);
  }
  return d;
})));
dictType.invalidate();

/**
 * PyDict_Copy: a dict at most a third deleted entries is cloned, holes and
 * all; otherwise a new dict merges it.
 */
export function copyDict(d: PyDict): PyDict {
  const c = new PyDict(dictType);
  if (d.size === 0) return c;
  if (iteratesAsDict(d) && d.size >= Math.floor((d.keys.length * 2) / 3)) c.cloneFrom(d);
  else if (iteratesAsDict(d)) c.mergeFrom(d);
  else for (const [k, v] of d.entries()) c.set(k, v);
  return c;
}

// ---------------------------------------------------------------------------
// Views

export const dictKeysType = builtinType('dict_keys', undefined, { subclassable: false, instantiable: false });
export const dictValuesType = builtinType('dict_values', undefined, { subclassable: false, instantiable: false });
export const dictItemsType = builtinType('dict_items', undefined, { subclassable: false, instantiable: false });

export class PyDictView extends PyObject {
  constructor(cls: PyType, readonly mapping: PyDict, readonly kind: 'keys' | 'values' | 'items') {
    super(cls);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return [this.mapping];
  }
}

function makeView(d: PyDict, kind: 'keys' | 'values' | 'items'): PyDictView {
  return new PyDictView(kind === 'keys' ? dictKeysType : kind === 'values' ? dictValuesType : dictItemsType, d, kind);
}

function viewItems(v: PyDictView): PyValue[] {
  const out: PyValue[] = [];
  for (const [k, x] of v.mapping.entries()) {
    out.push(v.kind === 'keys' ? k : v.kind === 'values' ? x : new PyTuple(tupleType, [k, x]));
  }
  return out;
}

function isSetView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.kind !== 'values';
}

function viewContains(v: PyDictView, x: PyValue): boolean {
  if (v.kind === 'keys') return v.mapping.find(x) >= 0;
  if (v.kind === 'items') {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const w = v.mapping.get(x.items[0]!);
    return w !== undefined && eq(w, x.items[1]!);
  }
  return viewItems(v).some((y) => eq(y, x));
}

/** dictviews_to_set: a keys view of an exact dict goes through set(dict)'s fast path. */
function viewToSet(v: PyValue): PySet {
  if (v instanceof PyDictView && v.kind === 'keys' && v.mapping.cls === dictType) return setFromIterable(v.mapping);
  return setFromIterable(v);
}

/** _PyDictView_Intersect: iterates the other operand (or the smaller view) and keeps what the view contains. */
function viewIntersect(a: PyValue, b: PyValue): PyValue {
  let self = a;
  let other = b;
  if (!isSetView(self)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = view.mapping.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= len(other)) {
    return callValue(getAttr(other, 'intersection'), [view], null);
  }
  let probe = view;
  if (isSetView(other) && other.mapping.size > lenSelf) {
    probe = other;
    other = view;
  }
  const result = newSet();
  for (const x of toArray(other)) if (viewContains(probe, x)) result.table.add(x, slotHashOf(x));
  return result;
}

function allContainedIn(a: PyValue, b: PyValue): boolean {
  for (const x of toArray(a)) if (!contains(b, x)) return false;
  return true;
}

function viewCompare(op: number) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const other = args[0]!;
    if (!(other instanceof PySet) && !isSetView(other)) return NotImplemented;
    const ls = len(self);
    const lo = len(other);
    switch (op) {
      case 0: return ls < lo && allContainedIn(self, other);
      case 1: return ls <= lo && allContainedIn(self, other);
      case 2: return ls === lo && allContainedIn(self, other);
      case 3: return !(ls === lo && allContainedIn(self, other));
      case 4: return ls > lo && allContainedIn(other, self);
      default: return ls >= lo && allContainedIn(other, self);
    }
  };
}


for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defMethods(t, {
    __len__: (self) => (self as PyDictView).mapping.size,
    __iter__: (self) => {
      const v = self as PyDictView;
      return dictIterator(v.mapping, v.kind, ITERATOR_TYPES[v.kind]);
    },
    __reversed__: (self) => {
      const v = self as PyDictView;
      return reverseDictIterator(v.mapping, v.kind, REVERSE_ITERATOR_TYPES[v.kind]);
    },
    __repr__: (self) => {
      const v = self as PyDictView;
      if (!reprEnter(v)) return '...';
      try {
        return `${typeOf(v).name}([${viewItems(v).map(repr).join(', ')}])`;
      } finally {
        reprLeave(v);
      }
    },
    __contains__: (self, args) => viewContains(self as PyDictView, args[0]!),
  });
}
// dict_keys and dict_items compare like sets, so they are unhashable (dict_values keeps identity hashing).
for (const t of [dictKeysType, dictItemsType]) {
  t.dict.setStr('__hash__', None);
  t.invalidate();
}
for (const t of [dictKeysType, dictItemsType]) {
  defMethods(t, {
    __lt__: viewCompare(0), __le__: viewCompare(1), __eq__: viewCompare(2), __ne__: viewCompare(3), __gt__: viewCompare(4), __ge__: viewCompare(5),
    __and__: (self, args) => viewIntersect(self, args[0]!),
    __rand__: (self, args) => viewIntersect(args[0]!, self),
    __or__: (self, args) => viewOr(self, args[0]!),
    __ror__: (self, args) => viewOr(args[0]!, self),
    __sub__: (self, args) => viewSub(self, args[0]!),
    __rsub__: (self, args) => viewSub(args[0]!, self),
    __xor__: (self, args) => viewXor(self, args[0]!),
    __rxor__: (self, args) => viewXor(args[0]!, self),
    isdisjoint: (self, args, kw) => {
      let other = oneArg(`${typeOf(self).name}.isdisjoint`, args, kw);
      let view: PyValue = self;
      if (other === self) return len(self) === 0;
      if (other instanceof PySet || isSetView(other)) {
        if (len(other) > len(view)) [view, other] = [other, view];
      }
      for (const x of toArray(other)) if (contains(view, x)) return false;
      return true;
    },
  });
}

function viewOr(a: PyValue, b: PyValue): PyValue {
  const result = viewToSet(a);
  setUpdateInternal(result, b);
  return result;
}

function viewSub(a: PyValue, b: PyValue): PyValue {
  const result = viewToSet(a);
  callValue(getAttr(result, 'difference_update'), [b], null);
  return result;
}

function viewXor(a: PyValue, b: PyValue): PyValue {
  const result = viewToSet(a);
  callValue(getAttr(result, 'symmetric_difference_update'), [b], null);
  return result;
}


// ---------------------------------------------------------------------------
// mappingproxy (a type's __dict__): the read-only dict methods over the mapping.

function proxied(self: PyValue): PyDict {
  const m = (self as PyObject & { mapping?: PyValue }).mapping;
  if (m instanceof PyDict) return m;
  throw typeError(`descriptor requires a 'mappingproxy' object but received '${typeName(self)}'`);
}

defMethods(mappingProxyType, {
  __getitem__: (self, args) => dictGet(proxied(self), args[0]!),
  __contains__: (self, args) => proxied(self).find(args[0]!) >= 0,
  __iter__: (self) => dictIterator(proxied(self), 'keys', ITERATOR_TYPES.keys),
  __reversed__: (self) => reverseDictIterator(proxied(self), 'keys', REVERSE_ITERATOR_TYPES.keys),
  __len__: (self) => proxied(self).size,
  __repr__: (self) => `mappingproxy(${dictRepr(proxied(self))})`,
  __eq__: (self, args) => callSpecial(proxied(self), '__eq__', [args[0] instanceof PyObject && args[0].cls === mappingProxyType ? proxied(args[0]) : args[0]!])!,
  get: (self, args, kw) => {
    noKw('mappingproxy.get', kw);
    argRange('get', args, null, 1, 2);
    const v = proxied(self).get(args[0]!);
    return v === undefined ? args[1] ?? None : v;
  },
  keys: (self, args, kw) => { noArgs('mappingproxy.keys', args, kw); return makeView(proxied(self), 'keys'); },
  values: (self, args, kw) => { noArgs('mappingproxy.values', args, kw); return makeView(proxied(self), 'values'); },
  items: (self, args, kw) => { noArgs('mappingproxy.items', args, kw); return makeView(proxied(self), 'items'); },
  copy: (self, args, kw) => { noArgs('mappingproxy.copy', args, kw); return copyDict(proxied(self)); },
});
mappingProxyType.dict.setStr('__hash__', None);
mappingProxyType.invalidate();
