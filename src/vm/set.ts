// set and frozenset over runtime/set-order.ts's SetTable. Every operation
// builds its result the way Objects/setobject.c does (which table is
// iterated, which one probed, when a table is copied slot by slot or resized
// up front), so iteration orders are CPython's.
import { type KwArgs, PyDict, PyException, PyNativeIterator, PySet, PyType, type PyValue, PyStaticMethod } from './object.js';
import { None, NotImplemented, dictType, excType, frozensetType, iteratorType, setType, staticmethodType, typeOf } from './types.js';
import { newException, pyErr, typeError } from './errors.js';
import { eq, getIter, iterNext, slotHashOf, repr, reprEnter, reprLeave, typeName } from './protocols.js';
import { argRange, builtinFunction, defMethods, noArgs, noKw, oneArg } from './call.js';
import { SetTable, type SlotHash, bigHash } from '../runtime/set-order.js';
import { hashFrozenset } from '../runtime/hash.js';
import { normInt } from './int-ops.js';

export function newTable(): SetTable<PyValue> {
  return new SetTable<PyValue>({ equals: eq });
}

/** A new set (or frozenset) with the items added one by one. */
export function newSet(items: Iterable<PyValue> = [], cls: PyType = setType): PySet {
  const table = newTable();
  for (const x of items) table.add(x, slotHashOf(x));
  return new PySet(cls, table);
}

/** make_new_set: a set of type `cls` filled by set_update_internal. */
export function makeSet(cls: PyType, iterable?: PyValue): PySet {
  const s = new PySet(cls, newTable());
  if (iterable !== undefined) setUpdateInternal(s, iterable);
  return s;
}

/** set(iterable) as the constructor builds it. */
export function setFromIterable(v: PyValue, cls: PyType = setType): PySet {
  return makeSet(cls, v);
}

function isSet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** PySet_Check: set or a subclass (not frozenset). */
function isMutableSet(v: PyValue): v is PySet {
  return v instanceof PySet && v.cls.isSubtypeOf(setType);
}

function isExactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.cls === dictType;
}

function selfSet(self: PyValue, t: PyType = setType): PySet {
  if (self instanceof PySet) return self;
  throw typeError(`descriptor requires a '${t.name}' object but received '${typeName(self)}'`);
}

/** make_new_set_basetype: results of set operations are plain set or frozenset. */
function baseType(s: PySet): PyType {
  const t = s.cls;
  if (t === setType || t === frozensetType) return t;
  return t.isSubtypeOf(setType) ? setType : frozensetType;
}

function emptyLike(s: PySet): PySet {
  return new PySet(baseType(s), newTable());
}

function copyOf(s: PySet): PySet {
  return makeSet(baseType(s), s);
}

/** Iterates any iterable, as native code does (StopIteration ends it). */
function* iterate(v: PyValue): Generator<PyValue> {
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) yield x;
}

/** A set's live slots with their stored hashes, in slot order. */
function* slots(s: PySet): Generator<[PyValue, SlotHash]> {
  const t = s.table;
  for (let j = 0; j < t.slots; j++) {
    const k = t.keyAt(j);
    if (k !== undefined) yield [k, t.hashAt(j)];
  }
}

/** set_update_internal: another set merges, an exact dict adds its keys after one resize, anything else item by item. */
export function setUpdateInternal(s: PySet, other: PyValue): void {
  if (isSet(other)) {
    s.table.merge(other.table);
    return;
  }
  if (isExactDict(other)) {
    const keys: [PyValue, SlotHash][] = [];
    for (const [k] of other.entries()) keys.push([k, slotHashOf(k)]);
    s.table.addMany(keys, keys.length);
    return;
  }
  for (const x of iterate(other)) s.table.add(x, slotHashOf(x));
  s.hashCache = null;
}

/** A key's hash; an unhashable set key is looked up as the equal frozenset (contains, remove, discard). */
function withFrozenFallback<T>(key: PyValue, f: (k: PyValue, h: SlotHash) => T): T {
  let h: SlotHash;
  try {
    h = slotHashOf(key);
  } catch (e) {
    if (isMutableSet(key) && e instanceof PyException && e.cls.isSubtypeOf(excType('TypeError'))) {
      const frozen = makeSet(frozensetType, key);
      return f(frozen, slotHashOf(frozen));
    }
    throw e;
  }
  return f(key, h);
}

function setContains(s: PySet, key: PyValue): boolean {
  return withFrozenFallback(key, (k, h) => s.table.has(k, h));
}

function setRepr(s: PySet): string {
  const t = typeOf(s);
  if (!reprEnter(s)) return `${t.name}(...)`;
  try {
    if (s.table.size === 0) return `${t.name}()`;
    const items = [...s.table].map(repr).join(', ');
    return t === setType ? `{${items}}` : `${t.name}({${items}})`;
  } finally {
    reprLeave(s);
  }
}

function union(so: PySet, others: PyValue[]): PySet {
  const result = makeSet(baseType(so), so);
  for (const other of others) {
    if (other === so) continue;
    setUpdateInternal(result, other);
  }
  return result;
}

function setOr(so: PySet, other: PySet): PySet {
  const result = copyOf(so);
  if (other !== so) setUpdateInternal(result, other);
  return result;
}

/** set_intersection: iterates the smaller set (or the iterable) and probes the other. */
function intersection(so: PySet, other: PyValue): PySet {
  if (other === so) return copyOf(so);
  const result = emptyLike(so);
  if (isSet(other)) {
    let big = so;
    let small = other;
    if (other.table.size > so.table.size) { big = other; small = so; }
    for (const [k, h] of slots(small)) {
      if (big.table.has(k, h)) result.table.add(k, h);
    }
    return result;
  }
  for (const x of iterate(other)) {
    const h = slotHashOf(x);
    if (so.table.has(x, h)) {
      result.table.add(x, h);
      if (result.table.size >= so.table.size) break;
    }
  }
  return result;
}

function intersectionMulti(so: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return copyOf(so);
  let result = so;
  for (const other of others) result = intersection(result, other);
  return result;
}

function isDisjoint(so: PySet, other: PyValue): boolean {
  if (other === so) return so.table.size === 0;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    let big = so;
    let small = other;
    if (other.table.size > so.table.size) { big = other; small = so; }
    for (const [k, h] of slots(small)) if (big.table.has(k, h)) return false;
    return true;
  }
  for (const x of iterate(other)) if (so.table.has(x, slotHashOf(x))) return false;
  return true;
}

/** set_difference_update_internal: discards, then resizes dummies away past a quarter of the slots. */
function differenceUpdate(so: PySet, other: PyValue): void {
  if (other === so) {
    so.table.clear();
    return;
  }
  if (isSet(other)) {
    const src = other.table.size >> 3 > so.table.size ? intersection(so, other) : other;
    for (const [k, h] of [...slots(src)]) so.table.discard(k, h);
  } else {
    for (const x of iterate(other)) so.table.discard(x, slotHashOf(x));
  }
  so.table.compactAfterRemovals();
}

function copyAndDifference(so: PySet, other: PyValue): PySet {
  const result = copyOf(so);
  differenceUpdate(result, other);
  return result;
}

/** set_difference: copies and removes when `other` is small or not a set/dict; else keeps so's keys missing from other. */
function difference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (isSet(other)) otherSize = other.table.size;
  else if (isExactDict(other)) otherSize = other.size;
  else return copyAndDifference(so, other);
  if (so.table.size >> 2 > otherSize) return copyAndDifference(so, other);
  const result = emptyLike(so);
  for (const [k, h] of slots(so)) {
    const present = isSet(other) ? other.table.has(k, h) : (other as PyDict).find(k) >= 0;
    if (!present) result.table.add(k, h);
  }
  return result;
}

function differenceMulti(so: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return copyOf(so);
  const result = difference(so, others[0]!);
  for (let i = 1; i < others.length; i++) differenceUpdate(result, others[i]!);
  return result;
}

function symmetricUpdateFrom(so: PySet, entries: Iterable<[PyValue, SlotHash]>): void {
  for (const [k, h] of [...entries]) {
    if (!so.table.discard(k, h)) so.table.add(k, h);
  }
}

function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (other === so) {
    so.table.clear();
    return;
  }
  if (isExactDict(other)) {
    symmetricUpdateFrom(so, [...other.entries()].map(([k]) => [k, slotHashOf(k)] as [PyValue, SlotHash]));
  } else if (isSet(other)) {
    symmetricUpdateFrom(so, slots(other));
  } else {
    symmetricUpdateFrom(so, slots(makeSet(baseType(so), other)));
  }
}

function symmetricDifference(so: PySet, other: PyValue): PySet {
  const result = emptyLike(so);
  setUpdateInternal(result, other);
  symmetricUpdateFrom(result, slots(so));
  return result;
}

function isSubset(so: PySet, other: PyValue): boolean {
  if (!isSet(other)) return intersection(so, other).table.size === so.table.size;
  if (so.table.size > other.table.size) return false;
  for (const [k, h] of slots(so)) if (!other.table.has(k, h)) return false;
  return true;
}

function isSuperset(so: PySet, other: PyValue): boolean {
  if (isSet(other)) return isSubset(other, so);
  for (const x of iterate(other)) if (!so.table.has(x, slotHashOf(x))) return false;
  return true;
}

function compare(op: number): (self: PyValue, args: PyValue[]) => PyValue {
  return (self, args) => {
    const v = selfSet(self);
    const w = args[0]!;
    if (!isSet(w)) return NotImplemented;
    const nv = v.table.size;
    const nw = w.table.size;
    switch (op) {
      case 0: return nv < nw && isSubset(v, w);
      case 1: return isSubset(v, w);
      case 2: return nv === nw && isSubset(v, w);
      case 3: return !(nv === nw && isSubset(v, w));
      case 4: return nv > nw && isSuperset(v, w);
      default: return isSuperset(v, w);
    }
  };
}

function setIterator(s: PySet): PyNativeIterator {
  const size = s.table.size;
  let pos = 0;
  let done = false;
  return new PyNativeIterator(iteratorType('set_iterator'), () => {
    if (done) return undefined;
    if (s.table.size !== size) {
      done = true;
      throw pyErr('RuntimeError', 'Set changed size during iteration');
    }
    const t = s.table;
    while (pos < t.slots) {
      const k = t.keyAt(pos++);
      if (k !== undefined) return k;
    }
    done = true;
    return undefined;
  }, [s]);
}

function shared(t: PyType): void {
  const name = t.name;
  const self = (v: PyValue): PySet => selfSet(v, t);
  // The qualified names are made once, not at every call.
  const qual = {
    union: `${name}.union`, intersection: `${name}.intersection`, difference: `${name}.difference`,
    symmetric_difference: `${name}.symmetric_difference`, issubset: `${name}.issubset`,
    issuperset: `${name}.issuperset`, isdisjoint: `${name}.isdisjoint`, copy: `${name}.copy`,
  };
  defMethods(t, {
    __repr__: (s) => setRepr(self(s)),
    __len__: (s) => self(s).table.size,
    __contains__: (s, args) => setContains(self(s), args[0]!),
    __iter__: (s) => setIterator(self(s)),
    __or__: (s, args) => (isSet(args[0]!) ? setOr(self(s), args[0]) : NotImplemented),
    __and__: (s, args) => (isSet(args[0]!) ? intersection(self(s), args[0]) : NotImplemented),
    __sub__: (s, args) => (isSet(args[0]!) ? difference(self(s), args[0]) : NotImplemented),
    __xor__: (s, args) => (isSet(args[0]!) ? symmetricDifference(self(s), args[0]) : NotImplemented),
    __ror__: (s, args) => (isSet(args[0]!) ? setOr(args[0], self(s)) : NotImplemented),
    __rand__: (s, args) => (isSet(args[0]!) ? intersection(args[0], self(s)) : NotImplemented),
    __rsub__: (s, args) => (isSet(args[0]!) ? difference(args[0], self(s)) : NotImplemented),
    __rxor__: (s, args) => (isSet(args[0]!) ? symmetricDifference(args[0], self(s)) : NotImplemented),
    __lt__: compare(0), __le__: compare(1), __eq__: compare(2), __ne__: compare(3), __gt__: compare(4), __ge__: compare(5),
    union: (s, args, kw) => { noKw(qual.union, kw); return union(self(s), args); },
    intersection: (s, args, kw) => { noKw(qual.intersection, kw); return intersectionMulti(self(s), args); },
    difference: (s, args, kw) => { noKw(qual.difference, kw); return differenceMulti(self(s), args); },
    symmetric_difference: (s, args, kw) => symmetricDifference(self(s), oneArg(qual.symmetric_difference, args, kw)),
    issubset: (s, args, kw) => isSubset(self(s), oneArg(qual.issubset, args, kw)),
    issuperset: (s, args, kw) => isSuperset(self(s), oneArg(qual.issuperset, args, kw)),
    isdisjoint: (s, args, kw) => isDisjoint(self(s), oneArg(qual.isdisjoint, args, kw)),
    copy: (s, args, kw) => {
      noArgs(qual.copy, args, kw);
      const so = self(s);
      return t === frozensetType && so.cls === frozensetType ? so : copyOf(so);
    },
  });
}

shared(setType);
shared(frozensetType);

defMethods(frozensetType, {
  __hash__: (self) => {
    const s = selfSet(self, frozensetType);
    if (s.hashCache === null) s.hashCache = hashFrozenset([...slots(s)].map(([, h]) => bigHash(h)));
    return normInt(s.hashCache);
  },
});

function setNew(cls: PyValue, args: PyValue[], kw: KwArgs | null, frozen: boolean): PyValue {
  const t = cls as PyType;
  if (!frozen) return new PySet(t, newTable());
  if (t === frozensetType || t.lookup('__init__') === frozensetType.lookup('__init__')) noKw('frozenset', kw);
  argRange(t.name, args, null, 0, 1);
  if (t === frozensetType && args[0] instanceof PySet && args[0].cls === frozensetType) return args[0];
  return makeSet(t, args[0]);
}

setType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => setNew(args[0]!, args.slice(1), kw, false))));
frozensetType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => setNew(args[0]!, args.slice(1), kw, true))));
setType.makeInstance = (cls) => new PySet(cls, newTable());
frozensetType.makeInstance = (cls) => new PySet(cls, newTable());

defMethods(setType, {
  __init__: (self, args, kw) => {
    noKw('set', kw);
    const s = selfSet(self);
    argRange(typeOf(s).name, args, null, 0, 1);
    if (s.table.fill > 0) s.table.clear();
    if (args.length > 0) setUpdateInternal(s, args[0]!);
    return None;
  },
  add: (self, args, kw) => {
    const x = oneArg('set.add', args, kw);
    selfSet(self).table.add(x, slotHashOf(x));
    return None;
  },
  remove: (self, args, kw) => {
    const x = oneArg('set.remove', args, kw);
    const s = selfSet(self);
    if (!withFrozenFallback(x, (k, h) => s.table.discard(k, h))) throw newException(excType('KeyError'), [x]);
    return None;
  },
  discard: (self, args, kw) => {
    const x = oneArg('set.discard', args, kw);
    const s = selfSet(self);
    withFrozenFallback(x, (k, h) => s.table.discard(k, h));
    return None;
  },
  pop: (self, args, kw) => {
    noArgs('set.pop', args, kw);
    const x = selfSet(self).table.pop();
    if (x === undefined) throw pyErr('KeyError', 'pop from an empty set');
    return x;
  },
  clear: (self, args, kw) => {
    noArgs('set.clear', args, kw);
    selfSet(self).table.clear();
    return None;
  },
  update: (self, args, kw) => {
    noKw('set.update', kw);
    const s = selfSet(self);
    for (const o of args) setUpdateInternal(s, o);
    return None;
  },
  intersection_update: (self, args, kw) => {
    noKw('set.intersection_update', kw);
    const s = selfSet(self);
    s.table.swapBodies(intersectionMulti(s, args).table);
    return None;
  },
  difference_update: (self, args, kw) => {
    noKw('set.difference_update', kw);
    const s = selfSet(self);
    for (const o of args) differenceUpdate(s, o);
    return None;
  },
  symmetric_difference_update: (self, args, kw) => {
    symmetricDifferenceUpdate(selfSet(self), oneArg('set.symmetric_difference_update', args, kw));
    return None;
  },
  __ior__: (self, args) => {
    if (!isSet(args[0]!)) return NotImplemented;
    setUpdateInternal(selfSet(self), args[0]);
    return self;
  },
  __iand__: (self, args) => {
    if (!isSet(args[0]!)) return NotImplemented;
    const s = selfSet(self);
    s.table.swapBodies(intersection(s, args[0]).table);
    return self;
  },
  __isub__: (self, args) => {
    if (!isSet(args[0]!)) return NotImplemented;
    differenceUpdate(selfSet(self), args[0]);
    return self;
  },
  __ixor__: (self, args) => {
    if (!isSet(args[0]!)) return NotImplemented;
    symmetricDifferenceUpdate(selfSet(self), args[0]);
    return self;
  },
});
setType.dict.setStr('__hash__', None);
setType.invalidate();
frozensetType.invalidate();
