// range: a lazy arithmetic sequence. Iteration stays on JS numbers while the
// bounds are safe integers (the common case, no allocation per step).
import { PyNativeIterator, PyRange, PySlice, type PyValue, PyStaticMethod } from './object.js';
import { NotImplemented, iteratorType, rangeType, staticmethodType } from './types.js';
import { pyErr, typeError } from './errors.js';
import { eq, hash, repr } from './protocols.js';
import { builtinFunction, defGetSet, defMethods, oneArg } from './call.js';
import { indexOf, sliceIndicesBig } from './slice.js';
import { type Int, big, intAdd, intCompare, intFloorDivide, intMul, intSub, normInt } from './int-ops.js';
import { intOf } from './number-arith.js';
import { hashTuple } from '../runtime/hash.js';

const rangeIteratorType = iteratorType('range_iterator');
const longRangeIteratorType = iteratorType('longrange_iterator');

function rangeLength(start: Int, stop: Int, step: Int): Int {
  const s = big(step);
  const lo = big(start);
  const hi = big(stop);
  if (s > 0n) return lo < hi ? normInt((hi - lo - 1n) / s + 1n) : 0;
  return lo > hi ? normInt((lo - hi - 1n) / -s + 1n) : 0;
}

export function makeRange(args: PyValue[]): PyRange {
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  const ints = args.map((a) => indexOf(a));
  let start: Int = 0, stop: Int, step: Int = 1;
  if (ints.length === 1) stop = ints[0]!;
  else [start, stop, step = 1] = ints as [Int, Int, Int?];
  if (step === 0 || step === 0n) throw pyErr('ValueError', 'range() arg 3 must not be zero');
  const len = rangeLength(start, stop, step);
  return new PyRange(rangeType, start, stop, step, typeof len === 'number' ? len : Infinity);
}

function lengthOf(r: PyRange): Int {
  return rangeLength(r.start as Int, r.stop as Int, r.step as Int);
}

function itemAt(r: PyRange, i: Int): Int {
  return intAdd(r.start as Int, intMul(i, r.step as Int));
}

export function rangeIterator(r: PyRange): PyNativeIterator {
  const start = r.start as Int;
  const step = r.step as Int;
  const n = r.length;
  if (typeof start === 'number' && typeof step === 'number' && n !== Infinity && Number.isSafeInteger(start + step * n)) {
    let i = 0;
    let v = start;
    return new PyNativeIterator(rangeIteratorType, () => {
      if (i >= n) return undefined;
      i++;
      const out = v;
      v += step;
      return out;
    }, null, () => ({ of: r, taken: i }));
  }
  let i: Int = 0;
  const total = lengthOf(r);
  return new PyNativeIterator(longRangeIteratorType, () => {
    if (intCompare(i, total) >= 0) return undefined;
    const out = itemAt(r, i);
    i = intAdd(i, 1);
    return out;
  }, null, () => ({ of: r, taken: i }));
}

function contains(r: PyRange, v: PyValue): boolean {
  const i = typeof v === 'boolean' ? (v ? 1 : 0) : intOf(v);
  if (i === undefined || (typeof v === 'object')) {
    for (let it = rangeIterator(r), x = it.next(); x !== undefined; x = it.next()) if (eq(x, v)) return true;
    return false;
  }
  const start = r.start as Int;
  const stop = r.stop as Int;
  const step = r.step as Int;
  const positive = intCompare(step, 0) > 0;
  if (positive ? intCompare(i, start) < 0 || intCompare(i, stop) >= 0 : intCompare(i, start) > 0 || intCompare(i, stop) <= 0) return false;
  const off = intSub(i, start);
  return intCompare(intSub(off, intMul(intFloorDivide(off, step), step)), 0) === 0;
}

defMethods(rangeType, {
  __repr__: (self) => {
    const r = self as PyRange;
    const step = r.step as Int;
    return step === 1 ? `range(${repr(r.start)}, ${repr(r.stop)})` : `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(step)})`;
  },
  __len__: (self) => {
    const n = lengthOf(self as PyRange);
    if (typeof n === 'bigint' && n > 2n ** 63n - 1n) throw pyErr('OverflowError', 'Python int too large to convert to C ssize_t');
    return n;
  },
  __bool__: (self) => intCompare(lengthOf(self as PyRange), 0) > 0,
  __iter__: (self) => rangeIterator(self as PyRange),
  __reversed__: (self) => {
    const r = self as PyRange;
    const n = lengthOf(r);
    const last = itemAt(r, intSub(n, 1));
    const rev = new PyRange(rangeType, last, intSub(r.start as Int, r.step as Int), intSub(0, r.step as Int), r.length);
    const it = rangeIterator(rev);
    return it;
  },
  __contains__: (self, args) => contains(self as PyRange, args[0]!),
  __getitem__: (self, args) => {
    const r = self as PyRange;
    const key = args[0]!;
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndicesBig(key, big(lengthOf(r)));
      const ns = itemAt(r, normInt(start));
      const ne = itemAt(r, normInt(stop));
      const st = intMul(r.step as Int, normInt(step));
      const len = rangeLength(ns, ne, st);
      return new PyRange(rangeType, ns, ne, st, typeof len === 'number' ? len : Infinity);
    }
    let i = indexOf(key, () => `range indices must be integers or slices, not ${typeof key === 'string' ? 'str' : (key as { cls: { name: string } }).cls?.name ?? typeof key}`);
    const n = lengthOf(r);
    if (intCompare(i, 0) < 0) i = intAdd(i, n);
    if (intCompare(i, 0) < 0 || intCompare(i, n) >= 0) throw pyErr('IndexError', 'range object index out of range');
    return itemAt(r, i);
  },
  index: (self, args, kw) => {
    const v = oneArg('range.index', args, kw);
    const r = self as PyRange;
    const i = typeof v === 'object' ? undefined : intOf(v);
    if (i !== undefined && !contains(r, v)) throw pyErr('ValueError', `${repr(v)} is not in range`);
    if (i === undefined) {
      let k = 0;
      for (let it = rangeIterator(r), x = it.next(); x !== undefined; x = it.next(), k++) if (eq(x, v)) return k;
      throw pyErr('ValueError', 'sequence.index(x): x not in sequence');
    }
    return intFloorDivide(intSub(i!, r.start as Int), r.step as Int);
  },
  count: (self, args, kw) => {
    const v = oneArg('range.count', args, kw);
    const r = self as PyRange;
    if (intOf(v) !== undefined && typeof v !== 'object') return contains(r, v) ? 1 : 0;
    let c = 0;
    for (let it = rangeIterator(r), x = it.next(); x !== undefined; x = it.next()) if (eq(x, v)) c++;
    return c;
  },
  __eq__: (self, args) => {
    const o = args[0]!;
    if (!(o instanceof PyRange)) return NotImplemented;
    const a = self as PyRange;
    const la = lengthOf(a);
    if (intCompare(la, lengthOf(o)) !== 0) return false;
    if (la === 0) return true;
    if (intCompare(a.start as Int, o.start as Int) !== 0) return false;
    if (la === 1) return true;
    return intCompare(a.step as Int, o.step as Int) === 0;
  },
  __hash__: (self) => {
    const r = self as PyRange;
    const n = lengthOf(r);
    const items: PyValue[] = [n, n === 0 ? noneValue() : r.start, n === 0 || n === 1 ? noneValue() : r.step];
    return normInt(hashTuple(items.map(hash)));
  },
});
rangeType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('range() takes no keyword arguments');
  return makeRange(args.slice(1));
})));
defGetSet(rangeType, 'start', (self) => (self as PyRange).start);
defGetSet(rangeType, 'stop', (self) => (self as PyRange).stop);
defGetSet(rangeType, 'step', (self) => (self as PyRange).step);
rangeType.invalidate();

import { None } from './types.js';
function noneValue(): PyValue {
  return None;
}

