// set and frozenset over runtime/set-order.ts's SetTable, so that iteration
// order is CPython's.
import { type KwArgs, PyNativeIterator, PySet, PyType, type PyValue, PyStaticMethod } from './object.js';
import { None, NotImplemented, frozensetType, iteratorType, setType, staticmethodType, typeOf } from './types.js';
import { newException, pyErr, typeError } from './errors.js';
import { eq, hash, repr, reprEnter, reprLeave, toArray, typeName } from './protocols.js';
import { argRange, builtinFunction, defMethods, noArgs, oneArg } from './call.js';
import { SetTable } from '../runtime/set-order.js';
import { hashFrozenset } from '../runtime/hash.js';
import { normInt } from './int-ops.js';
import { excType } from './types.js';

export function newTable(): SetTable<PyValue> {
  return new SetTable<PyValue>({ equals: eq });
}

export function newSet(items: Iterable<PyValue> = [], cls: PyType = setType): PySet {
  const table = newTable();
  for (const x of items) table.add(x, hash(x));
  return new PySet(cls, table);
}

export function setFromIterable(v: PyValue, cls: PyType = setType): PySet {
  if (v instanceof PySet) return newSet(v.table, cls);
  return newSet(toArray(v), cls);
}

function selfSet(self: PyValue): PySet {
  if (self instanceof PySet) return self;
  throw typeError(`descriptor requires a 'set' object but received '${typeName(self)}'`);
}

function isSet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** A set key: unhashable sets are looked up as frozensets (set.__contains__ does this). */
function keyHash(v: PyValue): bigint {
  if (v instanceof PySet && v.cls === setType) return hash(newSet(v.table, frozensetType));
  return hash(v);
}

function sameKind(self: PySet, items: Iterable<PyValue>): PySet {
  return newSet(items, typeOf(self).isSubtypeOf(frozensetType) ? frozensetType : setType);
}

function setRepr(s: PySet): string {
  const t = typeOf(s);
  if (!reprEnter(s)) return `${t.name}(...)`;
  try {
    const items = [...s.table].map(repr);
    if (t === setType) return items.length === 0 ? 'set()' : `{${items.join(', ')}}`;
    return items.length === 0 ? `${t.name}()` : `${t.name}({${items.join(', ')}})`;
  } finally {
    reprLeave(s);
  }
}

function union(a: PySet, others: PyValue[]): PySet {
  const r = sameKind(a, a.table);
  for (const o of others) for (const x of iterOf(o)) r.table.add(x, hash(x));
  return r;
}

function iterOf(v: PyValue): Iterable<PyValue> {
  return v instanceof PySet ? v.table : toArray(v);
}

function intersection(a: PySet, other: PyValue): PySet {
  const o = other instanceof PySet ? other : newSet(toArray(other));
  let small = a;
  let big = o;
  if (o.table.size < a.table.size) { small = o; big = a; }
  const out: PyValue[] = [];
  for (const x of small.table) if (big.table.has(x, hash(x))) out.push(x);
  return sameKind(a, out);
}

function difference(a: PySet, others: PyValue[]): PySet {
  const drop = others.map((o) => (o instanceof PySet ? o : newSet(toArray(o))));
  const out: PyValue[] = [];
  for (const x of a.table) if (!drop.some((d) => d.table.has(x, hash(x)))) out.push(x);
  return sameKind(a, out);
}

function symmetricDifference(a: PySet, other: PyValue): PySet {
  const o = other instanceof PySet ? other : newSet(toArray(other));
  const r = sameKind(a, a.table);
  for (const x of o.table) {
    const h = hash(x);
    if (!r.table.discard(x, h)) r.table.add(x, h);
  }
  return r;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false;
  for (const x of a.table) if (!b.table.has(x, hash(x))) return false;
  return true;
}

function compare(op: number): (self: PyValue, args: PyValue[]) => PyValue {
  return (self, args) => {
    const a = selfSet(self);
    const b = args[0]!;
    if (!isSet(b)) return NotImplemented;
    switch (op) {
      case 0: return a.table.size < b.table.size && isSubset(a, b);
      case 1: return isSubset(a, b);
      case 2: return a.table.size === b.table.size && isSubset(a, b);
      case 3: return !(a.table.size === b.table.size && isSubset(a, b));
      case 4: return a.table.size > b.table.size && isSubset(b, a);
      default: return isSubset(b, a);
    }
  };
}

function shared(t: PyType): void {
  defMethods(t, {
    __repr__: (self) => setRepr(selfSet(self)),
    __len__: (self) => selfSet(self).table.size,
    __contains__: (self, args) => selfSet(self).table.has(args[0]!, keyHash(args[0]!)),
    __iter__: (self) => {
      const s = selfSet(self);
      const size = s.table.size;
      const it = s.table[Symbol.iterator]();
      let done = false;
      return new PyNativeIterator(iteratorType('set_iterator'), () => {
        if (done) return undefined;
        if (s.table.size !== size) {
          done = true;
          throw pyErr('RuntimeError', 'Set changed size during iteration');
        }
        const r = it.next();
        if (r.done === true) { done = true; return undefined; }
        return r.value;
      });
    },
    __or__: (self, args) => (isSet(args[0]!) ? union(selfSet(self), [args[0]!]) : NotImplemented),
    __and__: (self, args) => (isSet(args[0]!) ? intersection(selfSet(self), args[0]!) : NotImplemented),
    __sub__: (self, args) => (isSet(args[0]!) ? difference(selfSet(self), [args[0]!]) : NotImplemented),
    __xor__: (self, args) => (isSet(args[0]!) ? symmetricDifference(selfSet(self), args[0]!) : NotImplemented),
    __ror__: (self, args) => (isSet(args[0]!) ? union(args[0] as PySet, [self]) : NotImplemented),
    __rand__: (self, args) => (isSet(args[0]!) ? intersection(args[0] as PySet, self) : NotImplemented),
    __rsub__: (self, args) => (isSet(args[0]!) ? difference(args[0] as PySet, [self]) : NotImplemented),
    __rxor__: (self, args) => (isSet(args[0]!) ? symmetricDifference(args[0] as PySet, self) : NotImplemented),
    __lt__: compare(0), __le__: compare(1), __eq__: compare(2), __ne__: compare(3), __gt__: compare(4), __ge__: compare(5),
    union: (self, args) => union(selfSet(self), args),
    intersection: (self, args) => args.reduce<PySet>((acc, o) => intersection(acc, o), sameKind(selfSet(self), selfSet(self).table)),
    difference: (self, args) => difference(selfSet(self), args),
    symmetric_difference: (self, args, kw) => symmetricDifference(selfSet(self), oneArg('symmetric_difference', args, kw)),
    issubset: (self, args, kw) => isSubset(selfSet(self), setFromIterable(oneArg('issubset', args, kw))),
    issuperset: (self, args, kw) => isSubset(setFromIterable(oneArg('issuperset', args, kw)), selfSet(self)),
    isdisjoint: (self, args, kw) => {
      const s = selfSet(self);
      for (const x of iterOf(oneArg('isdisjoint', args, kw))) if (s.table.has(x, hash(x))) return false;
      return true;
    },
    copy: (self, args, kw) => { noArgs('copy', args, kw); return t === frozensetType && typeOf(self) === frozensetType ? self : sameKind(selfSet(self), selfSet(self).table); },
  });
}

shared(setType);
shared(frozensetType);

defMethods(frozensetType, {
  __hash__: (self) => {
    const s = selfSet(self);
    if (s.hashCache === null) s.hashCache = hashFrozenset([...s.table].map(hash));
    return normInt(s.hashCache);
  },
});

function setNew(cls: PyValue, args: PyValue[], kw: KwArgs | null, frozen: boolean): PyValue {
  const name = frozen ? 'frozenset' : 'set';
  if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
  argRange(name, args, null, 0, 1);
  if (!frozen) return newSet([], cls as PyType);
  if (cls === frozensetType && args[0] instanceof PySet && args[0].cls === frozensetType) return args[0];
  return args.length === 0 ? newSet([], cls as PyType) : setFromIterable(args[0]!, cls as PyType);
}

setType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => setNew(args[0]!, args.slice(1), kw, false))));
frozensetType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => setNew(args[0]!, args.slice(1), kw, true))));
setType.makeInstance = (cls) => newSet([], cls);
frozensetType.makeInstance = (cls) => newSet([], cls);

defMethods(setType, {
  __init__: (self, args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('set() takes no keyword arguments');
    argRange('set', args, null, 0, 1);
    const s = selfSet(self);
    s.table = newTable();
    if (args.length > 0) for (const x of iterOf(args[0]!)) s.table.add(x, hash(x));
    return None;
  },
  add: (self, args, kw) => {
    const x = oneArg('add', args, kw);
    selfSet(self).table.add(x, hash(x));
    return None;
  },
  remove: (self, args, kw) => {
    const x = oneArg('remove', args, kw);
    if (!selfSet(self).table.discard(x, keyHash(x))) throw newException(excType('KeyError'), [x]);
    return None;
  },
  discard: (self, args, kw) => {
    const x = oneArg('discard', args, kw);
    selfSet(self).table.discard(x, keyHash(x));
    return None;
  },
  pop: (self, args, kw) => {
    noArgs('pop', args, kw);
    const s = selfSet(self);
    const x = s.table.pop();
    if (x === undefined) throw pyErr('KeyError', 'pop from an empty set');
    return x;
  },
  clear: (self, args, kw) => {
    noArgs('clear', args, kw);
    selfSet(self).table = newTable();
    return None;
  },
  update: (self, args) => {
    const s = selfSet(self);
    for (const o of args) for (const x of iterOf(o)) s.table.add(x, hash(x));
    return None;
  },
  intersection_update: (self, args) => {
    const s = selfSet(self);
    let r = s;
    for (const o of args) r = intersection(r, o);
    s.table = r.table;
    return None;
  },
  difference_update: (self, args) => {
    const s = selfSet(self);
    for (const o of args) for (const x of iterOf(o)) s.table.discard(x, hash(x));
    return None;
  },
  symmetric_difference_update: (self, args, kw) => {
    const s = selfSet(self);
    const o = oneArg('symmetric_difference_update', args, kw);
    for (const x of o instanceof PySet ? [...o.table] : [...newSet(toArray(o)).table]) {
      const h = hash(x);
      if (!s.table.discard(x, h)) s.table.add(x, h);
    }
    return None;
  },
  __ior__: (self, args) => {
    if (!isSet(args[0]!)) return NotImplemented;
    const s = selfSet(self);
    for (const x of (args[0] as PySet).table) s.table.add(x, hash(x));
    return s;
  },
  __iand__: (self, args) => {
    if (!isSet(args[0]!)) return NotImplemented;
    const s = selfSet(self);
    s.table = intersection(s, args[0]!).table;
    return s;
  },
  __isub__: (self, args) => {
    if (!isSet(args[0]!)) return NotImplemented;
    const s = selfSet(self);
    for (const x of [...(args[0] as PySet).table]) s.table.discard(x, hash(x));
    return s;
  },
  __ixor__: (self, args) => {
    if (!isSet(args[0]!)) return NotImplemented;
    const s = selfSet(self);
    for (const x of [...(args[0] as PySet).table]) {
      const h = hash(x);
      if (!s.table.discard(x, h)) s.table.add(x, h);
    }
    return s;
  },
});
setType.dict.setStr('__hash__', None);
setType.invalidate();
frozensetType.invalidate();
