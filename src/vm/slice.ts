// slice objects and the index arithmetic sequences share: __index__
// conversion, negative indices, clamping (PySlice_GetIndicesEx).
import { emptyArray, mapItems, PySlice, type PyValue, PyTuple } from './object.js';
import { None, sliceType, tupleType } from './types.js';
import { pyErr, typeError } from './errors.js';
import { callSpecial, repr, typeName, hash, eq } from './protocols.js';
import { builtinFunction, defGetSet, defMethods } from './call.js';
import { intOf } from './number-arith.js';
import { type Int, big, normInt } from './int-ops.js';
import { PyStaticMethod } from './object.js';
import { staticmethodType, NotImplemented } from './types.js';
import { hashTuple } from '../runtime/hash.js';

/** PyNumber_Index: int, bool or __index__; TypeError otherwise. */
export function indexOf(v: PyValue, what?: () => string): Int {
  const i = intOf(v);
  if (i !== undefined) return i;
  const r = callSpecial(v, '__index__', []);
  if (r !== undefined) {
    const ri = intOf(r);
    if (ri === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
    return ri;
  }
  throw typeError(what ? what() : `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** An index as a JS number, clamped to ±2**53 (beyond any real length). */
export function indexNumber(v: PyValue, what?: () => string): number {
  const i = indexOf(v, what);
  if (typeof i === 'number') return i;
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/**
 * PyNumber_AsSsize_t(v, exc): an index that must fit a C ssize_t; beyond,
 * `exc` with "cannot fit 'int' into an index-sized integer".
 */
export function ssizeOf(v: PyValue, exc: 'IndexError' | 'OverflowError', what?: () => string): number {
  const i = indexOf(v, what);
  if (typeof i === 'number') return i;
  if (i >= -(2n ** 63n) && i < 2n ** 63n) return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throw pyErr(exc, "cannot fit 'int' into an index-sized integer");
}

/** A C ssize_t argument (clinic's Py_ssize_t converter): OverflowError beyond. */
export function ssizeArg(v: PyValue): number {
  const i = indexOf(v);
  if (typeof i === 'number') return i;
  if (i >= -(2n ** 63n) && i < 2n ** 63n) return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throw pyErr('OverflowError', 'Python int too large to convert to C ssize_t');
}

/** A sequence index: negative counts from the end; IndexError with `message` when out of range. */
export function seqIndex(key: PyValue, length: number, message: string, typeNameForError: string): number {
  const i = ssizeOf(key, 'IndexError', () => `${typeNameForError} indices must be integers or slices, not ${typeName(key)}`);
  const j = i < 0 ? i + length : i;
  if (j < 0 || j >= length) throw pyErr('IndexError', message);
  return j;
}

function sliceArg(v: PyValue): number | null {
  if (v === None) return null;
  return indexNumber(v, () => 'slice indices must be integers or None or have an __index__ method');
}

/** [start, stop, step, length] of `s` applied to a sequence of `length` items. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const step = sliceArg(s.step) ?? 1;
  if (step === 0) throw pyErr('ValueError', 'slice step cannot be zero');
  const clamp = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    if (v < 0) {
      v += length;
      if (v < 0) v = step < 0 ? -1 : 0;
    } else if (v >= length) {
      v = step < 0 ? length - 1 : length;
    }
    return v;
  };
  const start = clamp(sliceArg(s.start), step < 0 ? length - 1 : 0);
  const stop = clamp(sliceArg(s.stop), step < 0 ? -1 : length);
  let n = 0;
  if (step > 0 ? start < stop : start > stop) n = Math.floor((stop - start - (step > 0 ? 1 : -1)) / step) + 1;
  return [start, stop, step, n];
}

/**
 * _PySlice_GetLongIndices: [start, stop, step] of a slice over `length`
 * items, in exact integers (range slicing, any size).
 */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const arg = (v: PyValue): bigint | null => (v === None ? null : big(indexOf(v, () => 'slice indices must be integers or None or have an __index__ method')));
  const step = arg(s.step) ?? 1n;
  if (step === 0n) throw pyErr('ValueError', 'slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += length;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  return [clamp(arg(s.start), neg ? upper : lower), clamp(arg(s.stop), neg ? lower : upper), step];
}

/** The items of `items` selected by a slice. */
export function sliceItems<T>(items: readonly T[], s: PySlice): T[] {
  const [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, stop);
  const out = emptyArray<T>();
  for (let k = 0, i = start; k < n; k++, i += step) out.push(items[i]!);
  return out;
}

function sliceTuple(s: PySlice): PyTuple {
  return new PyTuple(tupleType, [s.start, s.stop, s.step]);
}

defMethods(sliceType, {
  __repr__: (self) => {
    const s = self as PySlice;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  indices: (self, args) => {
    const len = indexOf(args[0]!);
    if ((typeof len === 'number' ? len : Number(len)) < 0) throw pyErr('ValueError', 'length should not be negative');
    const [a, b, c] = sliceIndices(self as PySlice, Number(len));
    return new PyTuple(tupleType, mapItems([a, b, c], (x) => normInt(BigInt(x))));
  },
  __eq__: (self, args) => (args[0] instanceof PySlice ? eq(sliceTuple(self as PySlice), sliceTuple(args[0])) : NotImplemented),
  __hash__: (self) => normInt(hashTuple(sliceTuple(self as PySlice).items.map(hash))),
});
defGetSet(sliceType, 'start', (self) => (self as PySlice).start);
defGetSet(sliceType, 'stop', (self) => (self as PySlice).stop);
defGetSet(sliceType, 'step', (self) => (self as PySlice).step);
sliceType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('slice() takes no keyword arguments');
  const a = args.slice(1);
  if (a.length === 0) throw typeError('slice expected at least 1 argument, got 0');
  if (a.length > 3) throw typeError(`slice expected at most 3 arguments, got ${a.length}`);
  if (a.length === 1) return new PySlice(sliceType, None, a[0]!, None);
  return new PySlice(sliceType, a[0]!, a[1]!, a[2] ?? None);
})));
sliceType.invalidate();
