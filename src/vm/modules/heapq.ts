// heapq: the list heap primitives natively (as CPython's _heapq: the same
// sift loops, so the same comparisons with `<` in the same order, and equal
// elements end up where CPython puts them), and nlargest/nsmallest/merge in
// Python over them, with CPython's algorithms (decorated tuples with an
// insertion counter, min/max shortcut for n == 1, sorted() when n >= len).
import { type KwArgs, PyList, type PyValue } from '../object.js';
import { None, listType } from '../types.js';
import { argRange, noKw, oneArg } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import { LT, compareBool, typeName } from '../protocols.js';
import { registerModule, registerPythonModule } from '../import.js';
import { builtinFunction } from '../call.js';
import type { PyModule } from '../object.js';
import { makeNativeModule } from './native.js';

type Less = (a: PyValue, b: PyValue) => boolean;

const lessMin: Less = (a, b) => compareBool(a, b, LT);
const lessMax: Less = (a, b) => compareBool(b, a, LT);

function sizeChanged(): never {
  throw pyErr('RuntimeError', 'list changed size during iteration');
}

/** Moves heap[pos] up towards startpos while it is less than its parent. */
function siftDown(heap: PyList, startpos: number, pos: number, less: Less): void {
  const size = heap.items.length;
  const newitem = heap.items[pos]!;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos]!;
    const lt = less(newitem, parent);
    if (heap.items.length !== size) sizeChanged();
    if (!lt) break;
    heap.items[pos] = parent;
    pos = parentpos;
  }
  heap.items[pos] = newitem;
}

/** Moves the smaller child up until a leaf is reached, then sifts the item there down. */
function siftUp(heap: PyList, pos: number, less: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = less(heap.items[childpos]!, heap.items[childpos + 1]!);
      if (heap.items.length !== endpos) sizeChanged();
      if (!lt) childpos++;
    }
    const items = heap.items;
    const t = items[childpos]!;
    items[childpos] = items[pos]!;
    items[pos] = t;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, less);
}

function listArg(fname: string, v: PyValue, which: string): PyList {
  if (v instanceof PyList && v.cls.isSubtypeOf(listType)) return v;
  throw typeError(`${fname}() argument${which} must be list, not ${typeName(v)}`);
}

function heapify(heap: PyList, less: Less): void {
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
}

function pop(heap: PyList, less: Less): PyValue {
  const last = heap.items.pop();
  if (last === undefined) throw pyErr('IndexError', 'index out of range');
  if (heap.items.length === 0) return last;
  const top = heap.items[0]!;
  heap.items[0] = last;
  siftUp(heap, 0, less);
  return top;
}

function replace(heap: PyList, item: PyValue, less: Less): PyValue {
  if (heap.items.length === 0) throw pyErr('IndexError', 'index out of range');
  const top = heap.items[0]!;
  heap.items[0] = item;
  siftUp(heap, 0, less);
  return top;
}

function two(fname: string, args: PyValue[], kw: KwArgs | null): [PyList, PyValue] {
  if (kw !== null) noKw(`_heapq.${fname}`, kw);
  argRange(fname, args, null, 2, 2);
  return [listArg(fname, args[0]!, ' 1'), args[1]!];
}

const natives: Record<string, (args: PyValue[], kw: KwArgs | null) => PyValue> = {
  heappush: (args, kw) => {
    const [heap, item] = two('heappush', args, kw);
    heap.items.push(item);
    siftDown(heap, 0, heap.items.length - 1, lessMin);
    return None;
  },
  heappop: (args, kw) => pop(listArg('heappop', oneArg('_heapq.heappop', args, kw), ''), lessMin),
  heapify: (args, kw) => {
    heapify(listArg('heapify', oneArg('_heapq.heapify', args, kw), ''), lessMin);
    return None;
  },
  heapreplace: (args, kw) => {
    const [heap, item] = two('heapreplace', args, kw);
    return replace(heap, item, lessMin);
  },
  heappushpop: (args, kw) => {
    const [heap, item] = two('heappushpop', args, kw);
    if (heap.items.length === 0) return item;
    const lt = lessMin(heap.items[0]!, item);
    if (!lt) return item;
    if (heap.items.length === 0) throw pyErr('IndexError', 'index out of range');
    const top = heap.items[0]!;
    heap.items[0] = item;
    siftUp(heap, 0, lessMin);
    return top;
  },
  _heappop_max: (args, kw) => pop(listArg('_heappop_max', oneArg('_heapq._heappop_max', args, kw), ''), lessMax),
  _heapify_max: (args, kw) => {
    heapify(listArg('_heapify_max', oneArg('_heapq._heapify_max', args, kw), ''), lessMax);
    return None;
  },
  _heapreplace_max: (args, kw) => {
    const [heap, item] = two('_heapreplace_max', args, kw);
    return replace(heap, item, lessMax);
  },
};

function makeHeapqNative(): PyModule {
  return makeNativeModule('_heapq', natives);
}

const heapqSource = (): string => `
def merge(*iterables, key=None, reverse=False):
    # CPython's layout on purpose: each heap entry holds the bound __next__ of
    # its iterator, and the variables come in this order, because closing a
    # suspended merge frees them in that order, and that is the order in
    # which the iterators it holds (generators among them) are closed.
    h = []
    h_append = h.append
    if reverse:
        _heapify, _heappop, _heapreplace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _heapify, _heappop, _heapreplace, direction = heapify, heappop, heapreplace, 1
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                next = it.__next__
                h_append([next(), order * direction, next])
            except StopIteration:
                pass
        _heapify(h)
        while len(h) > 1:
            try:
                while True:
                    value, order, next = s = h[0]
                    yield value
                    s[0] = next()
                    _heapreplace(h, s)
            except StopIteration:
                _heappop(h)
        if h:
            value, order, next = h[0]
            yield value
            yield from next.__self__
        return
    for order, it in enumerate(map(iter, iterables)):
        try:
            next = it.__next__
            value = next()
            h_append([key(value), order * direction, value, next])
        except StopIteration:
            pass
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                key_value, order, value, next = s = h[0]
                yield value
                value = next()
                s[0] = key(value)
                s[2] = value
                _heapreplace(h, s)
        except StopIteration:
            _heappop(h)
    if h:
        key_value, order, value, next = h[0]
        yield value
        yield from next.__self__


def _pick_one(n, iterable, key, pick):
    marker = object()
    best = pick(iter(iterable), default=marker, key=key)
    return [] if best is marker else [best]


def nsmallest(n, iterable, key=None):
    if n == 1:
        return _pick_one(n, iterable, key, min)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    source = iter(iterable)
    if key is None:
        heap = [(value, i) for i, value in zip(range(n), source)]
    else:
        heap = [(key(value), i, value) for i, value in zip(range(n), source)]
    if not heap:
        return heap
    _heapify_max(heap)
    limit = heap[0][0]
    counter = n
    for value in source:
        k = value if key is None else key(value)
        if k < limit:
            _heapreplace_max(heap, (k, counter) if key is None else (k, counter, value))
            limit = heap[0][0]
            counter += 1
    heap.sort()
    return [entry[-1] if key is not None else entry[0] for entry in heap]


def nlargest(n, iterable, key=None):
    if n == 1:
        return _pick_one(n, iterable, key, max)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    source = iter(iterable)
    if key is None:
        heap = [(value, i) for i, value in zip(range(0, -n, -1), source)]
    else:
        heap = [(key(value), i, value) for i, value in zip(range(0, -n, -1), source)]
    if not heap:
        return heap
    heapify(heap)
    limit = heap[0][0]
    counter = -n
    for value in source:
        k = value if key is None else key(value)
        if limit < k:
            heapreplace(heap, (k, counter) if key is None else (k, counter, value))
            limit = heap[0][0]
            counter -= 1
    heap.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in heap]
`;

export function registerHeapq(): void {
  registerModule('_heapq', makeHeapqNative);
  registerPythonModule('heapq', heapqSource, (mod) => {
    for (const [name, fn] of Object.entries(natives)) mod.dict.setStr(name, builtinFunction(name, fn));
  });
}
