// list and tuple: both are arrays of values; tuple is immutable and hashable.
// Comparison, repr, search and repetition are shared.
import { PyList, PyMethodDescr, PyNativeIterator, PySlice, PyTuple, PyType, type PyValue, PyStaticMethod } from './object.js';
import { None, NotImplemented, iteratorType, listType, staticmethodType, tupleType, typeOf } from './types.js';
import { MAX_ITEMS, pyErr, typeError } from './errors.js';
import {
  compareBool, eq, getIterOrUndefined, hash, repr, reprEnter, reprLeave, richCompare, toArray, truthy,
  typeName, toArrayWithHint, extendItems, compareSequences, listSubscript, iteratorItems,
} from './protocols.js';
import { argRange, bindNative, builtinFunction, callValue, defMethods, noArgs, noKw, oneArg } from './call.js';
import { indexNumber, seqIndex, sliceIndices, sliceItems, ssizeArg, ssizeOf } from './slice.js';
import { hashTuple } from '../runtime/hash.js';
import { timsort } from './list-sort.js';
import { normInt } from './int-ops.js';
import { interpState } from './state.js';
import { sequenceSlotMethods } from './operators.js';

/** The largest sequence etpy builds before raising MemoryError (errors.ts MAX_ITEMS). */
export const MAX_SEQUENCE = MAX_ITEMS;

export function newList(items: PyValue[]): PyList {
  return new PyList(listType, items);
}

export function newTuple(items: PyValue[]): PyTuple {
  return new PyTuple(tupleType, items);
}

function itemsOf(self: PyValue, t: PyType): PyValue[] {
  if ((self instanceof PyList || self instanceof PyTuple) && typeOf(self).isSubtypeOf(t)) return self.items;
  throw typeError(`descriptor requires a '${t.name}' object but received '${typeName(self)}'`);
}

export function seqRepr(items: PyValue[], open: string, close: string, self: PyList | PyTuple): string {
  if (!reprEnter(self)) return `${open}...${close}`;
  try {
    const parts = items.map(repr);
    if (open === '(' && items.length === 1) return `(${parts[0]},)`;
    return open + parts.join(', ') + close;
  } finally {
    reprLeave(self);
  }
}

function repeatCount(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint' || (typeof v === 'object' && typeOf(v).lookup('__index__') !== undefined)) return ssizeOf(v, 'OverflowError');
  return undefined;
}

export function repeatItems(items: PyValue[], n: number): PyValue[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > MAX_SEQUENCE) throw pyErr('MemoryError');
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

function sequenceIterator(owner: PyValue, items: () => PyValue[], type: PyType): PyNativeIterator {
  let i = 0;
  return new PyNativeIterator(type, () => {
    const arr = items();
    if (i < arr.length) return arr[i++]!;
    i = Infinity;
    return undefined;
  }, null, () => ({ of: owner, taken: Number.isFinite(i) ? i : items().length }));
}

function countOf(items: PyValue[], v: PyValue): number {
  let n = 0;
  for (const x of items) if (eq(x, v)) n++;
  return n;
}

function indexIn(items: PyValue[], args: PyValue[], what: string): number {
  const v = args[0]!;
  const len = items.length;
  let start = args[1] === undefined ? 0 : indexNumber(args[1]);
  let stop = args[2] === undefined ? len : indexNumber(args[2]);
  if (start < 0) start = Math.max(0, start + len);
  if (stop < 0) stop = Math.max(0, stop + len);
  for (let i = start; i < Math.min(stop, items.length); i++) if (eq(items[i]!, v)) return i;
  throw pyErr('ValueError', what === 'list' ? `${repr(v)} is not in list` : 'tuple.index(x): x not in tuple');
}

function sharedMethods(t: PyType, name: string): void {
  const iterType = iteratorType(`${name}_iterator`);
  const countQual = `${name}.count`;
  const indexQual = `${name}.index`;
  defMethods(t, {
    __len__: (self) => itemsOf(self, t).length,
    __contains__: (self, args) => {
      const v = args[0]!;
      for (const x of itemsOf(self, t)) if (eq(x, v)) return true;
      return false;
    },
    __iter__: (self) => {
      const s = self as PyList;
      itemsOf(self, t);
      return sequenceIterator(s, () => s.items, iterType);
    },
    count: (self, args, kw) => countOf(itemsOf(self, t), oneArg(countQual, args, kw)),
    index: (self, args, kw) => {
      noKw(indexQual, kw);
      argRange('index', args, null, 1, 3);
      return indexIn(itemsOf(self, t), args, name);
    },
    __getitem__: (self, args) => {
      const items = itemsOf(self, t);
      const key = args[0]!;
      if (key instanceof PySlice) {
        if (name === 'tuple' && (self as PyTuple).cls === tupleType) {
          // tuplesubscript: a slice that takes the whole exact tuple in order is the tuple itself.
          const [start, , step, n] = sliceIndices(key, items.length);
          if (start === 0 && step === 1 && n === items.length) return self;
        }
        const out = sliceItems(items, key);
        return name === 'list' ? newList(out) : newTuple(out);
      }
      return items[seqIndex(key, items.length, `${name} index out of range`, name)]!;
    },
    __mul__: (self, args) => {
      const n = repeatCount(args[0]!);
      if (n === undefined) return NotImplemented;
      const out = repeatItems(itemsOf(self, t), n);
      return name === 'list' ? newList(out) : newTuple(out);
    },
    __rmul__: (self, args) => {
      const n = repeatCount(args[0]!);
      if (n === undefined) return NotImplemented;
      const out = repeatItems(itemsOf(self, t), n);
      return name === 'list' ? newList(out) : newTuple(out);
    },
    __add__: (self, args) => {
      const other = args[0]!;
      if (!((other instanceof PyList || other instanceof PyTuple) && typeOf(other).isSubtypeOf(t))) {
        if (name === 'list') throw typeError(`can only concatenate list (not "${typeName(other)}") to list`);
        throw typeError(`can only concatenate tuple (not "${typeName(other)}") to tuple`);
      }
      const out = itemsOf(self, t).concat(other.items);
      return name === 'list' ? newList(out) : newTuple(out);
    },
  });
  for (const [i, cmp] of ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].entries()) {
    defMethods(t, {
      [cmp]: (self, args) => {
        const other = args[0]!;
        if (!((other instanceof PyList || other instanceof PyTuple) && typeOf(other).isSubtypeOf(t))) return NotImplemented;
        return compareSequences(itemsOf(self, t), other.items, i);
      },
    });
  }
}

sharedMethods(listType, 'list');
sharedMethods(tupleType, 'tuple');
// sq_concat / sq_repeat: tried after the operands' number methods (operators.ts).
for (const t of [listType, tupleType]) {
  for (const name of ['__add__', '__mul__', '__rmul__']) sequenceSlotMethods.add(t.dict.getStr(name)!);
}

// ---------------------------------------------------------------------------
// tuple

defMethods(tupleType, {
  __repr__: (self) => seqRepr(itemsOf(self, tupleType), '(', ')', self as PyTuple),
  __hash__: (self) => {
    const t = self as PyTuple;
    if (t.hashCache === null) t.hashCache = hashTuple(t.items.map(hash));
    return normInt(t.hashCache);
  },
  __getnewargs__: (self) => newTuple([newTuple(itemsOf(self, tupleType).slice())]),
});
tupleType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  const cls = args[0] as PyType;
  if (kw !== null && kw.size > 0) throw typeError('tuple() takes no keyword arguments');
  if (args.length > 2) throw typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  const items = args.length < 2 ? [] : toArrayWithHint(args[1]!);
  if (cls === tupleType && args[1] instanceof PyTuple && args[1].cls === tupleType) return args[1];
  const t = new PyTuple(cls, items);
  if (cls !== tupleType && cls.hasInstanceDict) t.dict = newDictLazy();
  return t;
})));
tupleType.invalidate();

import { newDict } from './types.js';
function newDictLazy(): ReturnType<typeof newDict> {
  return newDict();
}

// ---------------------------------------------------------------------------
// list

function selfList(self: PyValue): PyList {
  if (self instanceof PyList) return self;
  throw typeError(`descriptor requires a 'list' object but received '${typeName(self)}'`);
}

listType.makeInstance = (cls) => new PyList(cls, []);

/** `<` as the sort compares: fast paths for ints and strs, else rich comparison. */
function sortLess(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return compareBool(a, b, 0);
  return truthy(richCompare(a, b, 0));
}

/**
 * list.sort on `items` in place (CPython's timsort, list-sort.ts): keys are
 * computed first; `reverse` reverses before and after so that equal items
 * keep their order. An exception leaves `items` as CPython leaves the list.
 */
export function sortInPlace(items: PyValue[], key: PyValue, reverse: boolean): void {
  const n = items.length;
  const keys = key === None ? null : items.map((x) => callValue(key, [x], null));
  if (reverse && n > 1) {
    items.reverse();
    keys?.reverse();
  }
  try {
    if (keys === null) timsort(items, null, sortLess);
    else timsort(keys, items, sortLess);
  } finally {
    if (reverse && n > 1) items.reverse();
  }
}

/** sorted(): a sorted copy. */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const out = items.slice();
  sortInPlace(out, key, reverse);
  return out;
}

defMethods(listType, {
  __repr__: (self) => seqRepr(selfList(self).items, '[', ']', selfList(self)),
  __init__: (self, args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('list() takes no keyword arguments');
    if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
    const l = selfList(self);
    l.items = args.length === 0 ? [] : toArrayWithHint(args[0]!);
    return None;
  },
  append: (self, args, kw) => {
    const items = selfList(self).items;
    if (items.length >= interpState.maxItems) throw pyErr('MemoryError');
    items.push(oneArg('list.append', args, kw));
    return None;
  },
  extend: (self, args, kw) => {
    const l = selfList(self);
    extendItems(l.items, oneArg('list.extend', args, kw));
    return None;
  },
  insert: (self, args, kw) => {
    noKw('list.insert', kw);
    argRange('insert', args, null, 2, 2);
    const l = selfList(self);
    let i = ssizeArg(args[0]!);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    l.items.splice(i, 0, args[1]!);
    return None;
  },
  pop: (self, args, kw) => {
    noKw('list.pop', kw);
    argRange('pop', args, null, 0, 1);
    const l = selfList(self);
    if (l.items.length === 0) throw pyErr('IndexError', 'pop from empty list');
    if (args.length === 0) return l.items.pop()!;
    let i = ssizeArg(args[0]!);
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw pyErr('IndexError', 'pop index out of range');
    return l.items.splice(i, 1)[0]!;
  },
  remove: (self, args, kw) => {
    const v = oneArg('list.remove', args, kw);
    const l = selfList(self);
    for (let i = 0; i < l.items.length; i++) {
      if (eq(l.items[i]!, v)) {
        l.items.splice(i, 1);
        return None;
      }
    }
    throw pyErr('ValueError', 'list.remove(x): x not in list');
  },
  clear: (self, args, kw) => {
    noArgs('list.clear', args, kw);
    selfList(self).items = [];
    return None;
  },
  copy: (self, args, kw) => {
    noArgs('list.copy', args, kw);
    return newList(selfList(self).items.slice());
  },
  reverse: (self, args, kw) => {
    noArgs('list.reverse', args, kw);
    selfList(self).items.reverse();
    return None;
  },
  sort: (self, args, kw) => {
    if (args.length > 0) throw typeError('sort() takes no positional arguments');
    const [key, reverse] = bindNative('sort', ['key', 'reverse'], [], kw);
    const rev = reverse !== undefined && truthy(reverse);
    const l = selfList(self);
    const items = l.items;
    // The list looks empty while it is sorted; any change meanwhile is an error afterwards.
    const during: PyValue[] = [];
    l.items = during;
    let modified = false;
    try {
      sortInPlace(items, key ?? None, rev);
    } finally {
      modified = l.items !== during || during.length > 0;
      l.items = items;
    }
    if (modified) throw pyErr('ValueError', 'list modified during sort');
    return None;
  },
  __setitem__: (self, args) => {
    const l = selfList(self);
    const [key, value] = args as [PyValue, PyValue];
    if (key instanceof PySlice) {
      assignSlice(l, key, value);
      return None;
    }
    l.items[seqIndex(key, l.items.length, 'list assignment index out of range', 'list')] = value;
    return None;
  },
  __delitem__: (self, args) => {
    const l = selfList(self);
    const key = args[0]!;
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, l.items.length);
      const drop = new Set<number>();
      for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
      l.items = l.items.filter((_, i) => !drop.has(i));
      return None;
    }
    l.items.splice(seqIndex(key, l.items.length, 'list assignment index out of range', 'list'), 1);
    return None;
  },
  __iadd__: (self, args) => {
    const l = selfList(self);
    extendItems(l.items, args[0]!);
    return l;
  },
  __imul__: (self, args) => {
    const l = selfList(self);
    const n = repeatCount(args[0]!);
    if (n === undefined) throw typeError(`can't multiply sequence by non-int of type '${typeName(args[0]!)}'`);
    l.items = repeatItems(l.items, n);
    return l;
  },
  __reversed__: (self) => {
    const l = selfList(self);
    const start = l.items.length - 1;
    let i = start;
    return new PyNativeIterator(iteratorType('list_reverseiterator'), () => {
      if (i >= 0 && i < l.items.length) return l.items[i--]!;
      i = -1;
      return undefined;
    }, null, () => ({ of: l, view: 'reversed', taken: i < 0 ? start + 1 : start - i }));
  },
});
listType.dict.setStr('__hash__', None);
listType.invalidate();

/** PySequence_Fast: the items of an iterable, or TypeError(message). */
function fastItems(v: PyValue, message: string): PyValue[] {
  if (typeof v === 'object' && (v.cls === listType || v.cls === tupleType)) return (v as PyList).items.slice();
  // One iterator (a class's __iter__ runs once), as PySequence_Fast makes.
  const it = getIterOrUndefined(v);
  if (it === undefined) throw typeError(message);
  return iteratorItems(it);
}

function assignSlice(l: PyList, s: PySlice, value: PyValue): void {
  const [start, stop, step, n] = sliceIndices(s, l.items.length);
  const items = value === l ? l.items.slice() : fastItems(value, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  if (step === 1) {
    l.items.splice(start, Math.max(0, stop - start), ...items);
    return;
  }
  if (items.length !== n) {
    throw pyErr('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${n}`);
  }
  for (let k = 0, i = start; k < n; k++, i += step) l.items[i] = items[k]!;
}

export function listFromIterable(v: PyValue): PyList {
  return newList(toArray(v));
}

// Exact lists' subscripts without the method lookup (no class statement can replace list's methods).
{
  const get = (listType.dict.getStr('__getitem__') as PyMethodDescr).fn;
  const set = (listType.dict.getStr('__setitem__') as PyMethodDescr).fn;
  listSubscript.get = (l, key) => get(l, [key], null);
  listSubscript.set = (l, key, v) => { set(l, [key, v], null); };
}
