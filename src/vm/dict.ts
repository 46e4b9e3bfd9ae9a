// dict and its views: insertion-ordered (object.ts PyDict), with CPython's
// errors for missing keys, mutation during iteration and bad updates.
import {
  DELETED, type KwArgs, PyDict, PyNativeIterator, PyObject, PyTuple, PyType, type PyValue, PyClassMethod, PyList,
} from './object.js';
import { None, NotImplemented, builtinType, classmethodType, dictType, iteratorType, listType, tupleType, typeOf } from './types.js';
import { newException, pyErr, typeError } from './errors.js';
import {
  callSpecial, eq, getAttrOrUndefined, getItem, hash, iterNext, getIter, repr, reprEnter, reprLeave, toArray, typeName,
} from './protocols.js';
import { argRange, builtinFunction, callValue, defMethods, noArgs, oneArg } from './call.js';
import { excType } from './types.js';
import { setFromIterable } from './set.js';

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
    if (arg instanceof PyDict && typeOf(arg).lookup('__iter__') === dictType.lookup('__iter__')) {
      for (const [k, v] of arg.entries()) d.set(k, v);
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

/** Iterates a dict's entries, raising CPython's errors when it changes size meanwhile. */
function dictIterator(d: PyDict, kind: 'keys' | 'values' | 'items', name: string): PyNativeIterator {
  let i = 0;
  const size = d.size;
  let done = false;
  return new PyNativeIterator(iteratorType(name), () => {
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
    i = j + 1;
    const k = d.keys[j] as PyValue;
    if (kind === 'keys') return k;
    if (kind === 'values') return d.values[j]!;
    return new PyTuple(tupleType, [k, d.values[j]!]);
  });
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
  __iter__: (self) => dictIterator(selfDict(self), 'keys', 'dict_keyiterator'),
  __reversed__: (self) => {
    const d = selfDict(self);
    const keys = [...d.entries()].map(([k]) => k).reverse();
    let i = 0;
    return new PyNativeIterator(iteratorType('dict_reversekeyiterator'), () => (i < keys.length ? keys[i++]! : undefined));
  },
  __eq__: (self, args) => (args[0] instanceof PyDict ? dictsEqual(selfDict(self), args[0]) : NotImplemented),
  __ne__: (self, args) => (args[0] instanceof PyDict ? !dictsEqual(selfDict(self), args[0]) : NotImplemented),
  __or__: (self, args) => {
    if (!(args[0] instanceof PyDict)) return NotImplemented;
    const d = copyDict(selfDict(self));
    for (const [k, v] of args[0].entries()) d.set(k, v);
    return d;
  },
  __ror__: (self, args) => {
    if (!(args[0] instanceof PyDict)) return NotImplemented;
    const d = copyDict(args[0]);
    for (const [k, v] of selfDict(self).entries()) d.set(k, v);
    return d;
  },
  __ior__: (self, args) => {
    dictUpdateFrom(selfDict(self), args[0], null);
    return self;
  },
  get: (self, args, kw) => {
    argRange('get', args, kw, 1, 2);
    const v = selfDict(self).get(args[0]!);
    return v === undefined ? args[1] ?? None : v;
  },
  setdefault: (self, args, kw) => {
    argRange('setdefault', args, kw, 1, 2);
    const d = selfDict(self);
    const v = d.get(args[0]!);
    if (v !== undefined) return v;
    const dflt = args[1] ?? None;
    d.set(args[0]!, dflt);
    return dflt;
  },
  pop: (self, args, kw) => {
    argRange('pop', args, kw, 1, 2);
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
    noArgs('popitem', args, kw);
    const d = selfDict(self);
    const i = d.lastIndex();
    if (i < 0) throw pyErr('KeyError', 'popitem(): dictionary is empty');
    const k = d.keys[i] as PyValue;
    const v = d.values[i]!;
    d.delete(k);
    return new PyTuple(tupleType, [k, v]);
  },
  keys: (self, args, kw) => { noArgs('keys', args, kw); return makeView(selfDict(self), 'keys'); },
  values: (self, args, kw) => { noArgs('values', args, kw); return makeView(selfDict(self), 'values'); },
  items: (self, args, kw) => { noArgs('items', args, kw); return makeView(selfDict(self), 'items'); },
  update: (self, args, kw) => {
    argRange('update', args, null, 0, 1);
    dictUpdateFrom(selfDict(self), args[0], kw);
    return None;
  },
  clear: (self, args, kw) => { noArgs('clear', args, kw); selfDict(self).clear(); return None; },
  copy: (self, args, kw) => { noArgs('copy', args, kw); return copyDict(selfDict(self)); },
});
dictType.dict.setStr('__hash__', None);
dictType.dict.setStr('fromkeys', new PyClassMethod(classmethodType, builtinFunction('fromkeys', (args) => {
  const cls = args[0]!;
  const value = args[2] ?? None;
  const d = callValue(cls, [], null);
  for (const k of toArray(args[1]!)) {
    if (d instanceof PyDict && d.cls === dictType) d.set(k, value);
    else callSpecial(d, '__setitem__', [k, value]);
  }
  return d;
})));
dictType.invalidate();

export function copyDict(d: PyDict): PyDict {
  const c = new PyDict(dictType);
  for (const [k, v] of d.entries()) c.set(k, v);
  return c;
}

// ---------------------------------------------------------------------------
// Views

export const dictKeysType = builtinType('dict_keys', undefined, { subclassable: false });
export const dictValuesType = builtinType('dict_values', undefined, { subclassable: false });
export const dictItemsType = builtinType('dict_items', undefined, { subclassable: false });

export class PyDictView extends PyObject {
  constructor(cls: PyType, readonly mapping: PyDict, readonly kind: 'keys' | 'values' | 'items') {
    super(cls);
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

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defMethods(t, {
    __len__: (self) => (self as PyDictView).mapping.size,
    __iter__: (self) => {
      const v = self as PyDictView;
      return dictIterator(v.mapping, v.kind, `dict_${v.kind === 'keys' ? 'key' : v.kind === 'values' ? 'value' : 'item'}iterator`);
    },
    __reversed__: (self) => {
      const items = viewItems(self as PyDictView).reverse();
      let i = 0;
      return new PyNativeIterator(iteratorType('dict_reverseiterator'), () => (i < items.length ? items[i++]! : undefined));
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
    __contains__: (self, args) => {
      const v = self as PyDictView;
      const x = args[0]!;
      if (v.kind === 'keys') return v.mapping.find(x) >= 0;
      if (v.kind === 'items') {
        if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
        const w = v.mapping.get(x.items[0]!);
        return w !== undefined && eq(w, x.items[1]!);
      }
      return viewItems(v).some((y) => eq(y, x));
    },
  });
}
for (const t of [dictKeysType, dictItemsType]) {
  const setOp = (f: (a: PyValue, b: PyValue) => PyValue) => (self: PyValue, args: PyValue[]) => f(setFromIterable(self), args[0]!);
  defMethods(t, {
    __eq__: (self, args) => {
      const other = args[0]!;
      if (!(other instanceof PyDictView) && !isSetLike(other)) return NotImplemented;
      return callSpecial(setFromIterable(self), '__eq__', [setFromIterable(other)])!;
    },
    __and__: setOp((a, b) => callSpecial(a, '__and__', [setFromIterable(b)])!),
    __or__: setOp((a, b) => callSpecial(a, '__or__', [setFromIterable(b)])!),
    __sub__: setOp((a, b) => callSpecial(a, '__sub__', [setFromIterable(b)])!),
    __xor__: setOp((a, b) => callSpecial(a, '__xor__', [setFromIterable(b)])!),
    __rand__: setOp((a, b) => callSpecial(setFromIterable(b), '__and__', [a])!),
    __ror__: setOp((a, b) => callSpecial(setFromIterable(b), '__or__', [a])!),
    __rsub__: setOp((a, b) => callSpecial(setFromIterable(b), '__sub__', [a])!),
    __rxor__: setOp((a, b) => callSpecial(setFromIterable(b), '__xor__', [a])!),
    isdisjoint: (self, args) => !toArray(args[0]!).some((x) => (self as PyDictView).kind === 'keys' ? (self as PyDictView).mapping.find(x) >= 0 : false),
  });
}

function isSetLike(v: PyValue): boolean {
  const n = typeOf(v).name;
  return n === 'set' || n === 'frozenset';
}

export { hash, DELETED, PyList, listType, oneArg };
