// list and tuple: both are arrays of values; tuple is immutable and hashable.
// Comparison, repr, search and repetition are shared.
import { type KwArgs, PyList, PyNativeIterator, PySlice, PyTuple, PyType, type PyValue, PyStaticMethod } from './object.js';
import { None, NotImplemented, iteratorType, listType, staticmethodType, tupleType, typeOf } from './types.js';
import { pyErr, typeError } from './errors.js';
import {
  EQ, NE, compareBool, eq, getIter, hash, iterNext, repr, reprEnter, reprLeave, richCompare, toArray, truthy, typeName,
} from './protocols.js';
import { argRange, bindNative, builtinFunction, callValue, defMethods, noArgs, oneArg } from './call.js';
import { indexNumber, seqIndex, sliceIndices, sliceItems } from './slice.js';
import { hashTuple } from '../runtime/hash.js';
import { normInt } from './int-ops.js';
import { interpState } from './state.js';
import { sequenceSlotMethods } from './operators.js';

/** The largest sequence etpy builds before raising MemoryError (2**28 items). */
export const MAX_SEQUENCE = 1 << 28;

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

/** Sequence comparison: first differing item decides, then length. */
export function compareSequences(a: PyValue[], b: PyValue[], op: number): PyValue {
  if ((op === EQ || op === NE) && a.length !== b.length) return op === NE;
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!eq(a[i]!, b[i]!)) break;
  if (i >= n) {
    const c = a.length - b.length;
    return [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]!;
  }
  if (op === EQ) return false;
  if (op === NE) return true;
  return richCompare(a[i]!, b[i]!, op);
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
  if (typeof v === 'bigint') return v > 0n ? Infinity : 0;
  if (typeof v === 'object' && typeOf(v).lookup('__index__') !== undefined) return indexNumber(v);
  return undefined;
}

export function repeatItems(items: PyValue[], n: number): PyValue[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > MAX_SEQUENCE) throw pyErr('MemoryError');
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

function sequenceIterator(items: () => PyValue[], name: string): PyNativeIterator {
  let i = 0;
  const it = new PyNativeIterator(iteratorType(name), () => {
    const arr = items();
    if (i < arr.length) return arr[i++]!;
    i = Infinity;
    return undefined;
  });
  return it;
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
      return sequenceIterator(() => s.items, `${name}_iterator`);
    },
    count: (self, args, kw) => countOf(itemsOf(self, t), oneArg('count', args, kw)),
    index: (self, args, kw) => {
      argRange('index', args, kw, 1, 3);
      return indexIn(itemsOf(self, t), args, name);
    },
    __getitem__: (self, args) => {
      const items = itemsOf(self, t);
      const key = args[0]!;
      if (key instanceof PySlice) {
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
  const items = args.length < 2 ? [] : toArray(args[1]!);
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

/** list.sort: stable; a key function; comparisons by `<` only, as CPython. */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keys = key === None ? items : items.map((x) => callValue(key, [x], null));
  const idx = items.map((_, i) => i);
  const lt = (a: PyValue, b: PyValue): boolean => {
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    if (typeof a === 'string' && typeof b === 'string') return compareBool(a, b, 0);
    return truthy(richCompare(a, b, 0));
  };
  if (reverse) idx.reverse();
  // Merge sort on indices: stable and uses only `<` like CPython's timsort.
  const sorted = mergeSort(idx, (i, j) => lt(keys[i]!, keys[j]!));
  if (reverse) sorted.reverse();
  return sorted.map((i) => items[i]!);
}

function mergeSort(a: number[], less: (x: number, y: number) => boolean): number[] {
  if (a.length < 2) return a;
  // Insertion sort for short runs, then bottom-up merges.
  const RUN = 16;
  for (let lo = 0; lo < a.length; lo += RUN) {
    const hi = Math.min(lo + RUN, a.length);
    for (let i = lo + 1; i < hi; i++) {
      const x = a[i]!;
      let j = i - 1;
      while (j >= lo && less(x, a[j]!)) { a[j + 1] = a[j]!; j--; }
      a[j + 1] = x;
    }
  }
  let src = a;
  let dst = new Array<number>(a.length);
  for (let width = RUN; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length);
      const hi = Math.min(lo + 2 * width, a.length);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) dst[k++] = less(src[j]!, src[i]!) ? src[j++]! : src[i++]!;
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  return src;
}

defMethods(listType, {
  __repr__: (self) => seqRepr(selfList(self).items, '[', ']', selfList(self)),
  __init__: (self, args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('list() takes no keyword arguments');
    if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
    const l = selfList(self);
    l.items = args.length === 0 ? [] : toArray(args[0]!);
    return None;
  },
  append: (self, args, kw) => {
    selfList(self).items.push(oneArg('append', args, kw));
    return None;
  },
  extend: (self, args, kw) => {
    const l = selfList(self);
    const v = oneArg('extend', args, kw);
    const items = v === l ? l.items.slice() : toArray(v);
    for (const x of items) l.items.push(x);
    return None;
  },
  insert: (self, args, kw) => {
    argRange('insert', args, kw, 2, 2);
    const l = selfList(self);
    let i = indexNumber(args[0]!);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    l.items.splice(i, 0, args[1]!);
    return None;
  },
  pop: (self, args, kw) => {
    argRange('pop', args, kw, 0, 1);
    const l = selfList(self);
    if (l.items.length === 0) throw pyErr('IndexError', 'pop from empty list');
    if (args.length === 0) return l.items.pop()!;
    let i = indexNumber(args[0]!);
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw pyErr('IndexError', 'pop index out of range');
    return l.items.splice(i, 1)[0]!;
  },
  remove: (self, args, kw) => {
    const v = oneArg('remove', args, kw);
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
    noArgs('clear', args, kw);
    selfList(self).items = [];
    return None;
  },
  copy: (self, args, kw) => {
    noArgs('copy', args, kw);
    return newList(selfList(self).items.slice());
  },
  reverse: (self, args, kw) => {
    noArgs('reverse', args, kw);
    selfList(self).items.reverse();
    return None;
  },
  sort: (self, args, kw) => {
    if (args.length > 0) throw typeError('sort() takes no positional arguments');
    const [key, reverse] = bindNative('sort', ['key', 'reverse'], [], kw);
    const l = selfList(self);
    const items = l.items;
    l.items = [];
    try {
      const sorted = sortItems(items, key ?? None, reverse !== undefined && truthy(reverse));
      if (l.items.length > 0) throw pyErr('ValueError', 'list modified during sort');
      l.items = sorted;
    } catch (e) {
      l.items = items;
      throw e;
    }
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
    const items = args[0] === l ? l.items.slice() : toArray(args[0]!);
    for (const x of items) l.items.push(x);
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
    let i = l.items.length - 1;
    return new PyNativeIterator(iteratorType('list_reverseiterator'), () => {
      if (i >= 0 && i < l.items.length) return l.items[i--]!;
      i = -1;
      return undefined;
    });
  },
  __class_getitem__: (self, args) => args[0]!,
});
listType.dict.setStr('__hash__', None);
listType.invalidate();

function assignSlice(l: PyList, s: PySlice, value: PyValue): void {
  const items = value === l ? l.items.slice() : toArray(value);
  const [start, stop, step, n] = sliceIndices(s, l.items.length);
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

export { getIter, iterNext, interpState, type KwArgs };
