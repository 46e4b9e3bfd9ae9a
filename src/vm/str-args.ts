// Argument checks shared by the str, bytes and bytearray methods, worded as
// CPython words them for each calling convention: METH_NOARGS / METH_O
// (checked by the method descriptor, which names the method `type.name`),
// Argument Clinic positional-only functions ("name expected at most N
// arguments, got M") and PyArg_ParseTuple ("name() takes at most N arguments
// (M given)"); plus Py_ssize_t conversion and the size limit of one string.
import { type KwArgs, type PyValue } from './object.js';
import { pyErr, typeError } from './errors.js';
import { indexOf } from './slice.js';
import { None, typeOf } from './types.js';
import type { MethodFn } from './call.js';

/** The descriptor's check of METH_NOARGS, METH_O, METH_VARARGS and positional-only FASTCALL methods. */
export function noKwQ(qual: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw typeError(`${qual}() takes no keyword arguments`);
}

/** METH_NOARGS: `str.upper() takes no arguments (1 given)`. */
export function noArgsQ(qual: string, args: PyValue[], kw: KwArgs | null): void {
  noKwQ(qual, kw);
  if (args.length !== 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
}

/** METH_O: `str.join() takes exactly one argument (0 given)`. */
export function oneArgQ(qual: string, args: PyValue[], kw: KwArgs | null): PyValue {
  noKwQ(qual, kw);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** Argument Clinic, positional-only: `center expected at least 1 argument, got 0`. */
export function clinicPos(qual: string, args: PyValue[], kw: KwArgs | null, min: number, max: number): void {
  noKwQ(qual, kw);
  const n = args.length;
  if (n < min || n > max) {
    const name = qual.slice(qual.lastIndexOf('.') + 1);
    const bound = n < min ? min : max;
    const how = min === max ? '' : n < min ? 'at least ' : 'at most ';
    throw typeError(`${name} expected ${how}${bound} argument${bound === 1 ? '' : 's'}, got ${n}`);
  }
}

/** PyArg_ParseTuple's count check: `find() takes at least 1 argument (0 given)`. */
export function tupleArgs(qual: string, args: PyValue[], kw: KwArgs | null, min: number, max: number): void {
  noKwQ(qual, kw);
  const n = args.length;
  if (n < min || n > max) {
    const name = qual.slice(qual.lastIndexOf('.') + 1);
    const bound = n < min ? min : max;
    const how = min === max ? 'exactly' : n < min ? 'at least' : 'at most';
    throw typeError(`${name}() takes ${how} ${bound} argument${bound === 1 ? '' : 's'} (${n} given)`);
  }
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * A Py_ssize_t argument (PyNumber_Index, then PyLong_AsSsize_t): OverflowError
 * beyond 64 bits. Values past 2**53 come back as ±MAX_SAFE_INTEGER, which is
 * beyond any length etpy can build.
 */
export function ssizeArg(v: PyValue): number {
  const i = indexOf(v);
  if (typeof i === 'number') return i;
  if (i > SSIZE_MAX || i < -SSIZE_MAX - 1n) throw pyErr('OverflowError', 'Python int too large to convert to C ssize_t');
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** A C int argument (_PyLong_AsInt). */
export function cIntArg(v: PyValue): number {
  const i = indexOf(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) {
    throw pyErr('OverflowError', i > 0 ? 'Python int too large to convert to C int' : 'Python int too small to convert to C int');
  }
  return i;
}

/** A start/end argument of find, count, startswith...: None or _PyEval_SliceIndex (clamped). */
export function sliceIndexArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const i = indexOf(v, () => 'slice indices must be integers or None or have an __index__ method');
  if (typeof i === 'number') return i;
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/**
 * The longest str or bytes etpy builds (V8 strings stop near 2**29 units);
 * CPython would try to allocate and may succeed, so beyond this etpy raises
 * MemoryError where CPython might not.
 */
export const MAX_STR_LENGTH = 1 << 28;

/** MemoryError when a result of `n` units would not fit. */
export function checkLength(n: number): void {
  if (n > MAX_STR_LENGTH) throw pyErr('MemoryError');
}

/** sequence repeat's count: OverflowError when it does not fit a Py_ssize_t (PyNumber_AsSsize_t). */
export function repeatCount(v: PyValue): bigint {
  const i = indexOf(v);
  if (typeof i === 'number') return BigInt(i);
  if (i > SSIZE_MAX || i < -SSIZE_MAX - 1n) throw pyErr('OverflowError', `cannot fit 'int' into an index-sized integer`);
  return i;
}

/** The total size of `len * count` items, with CPython's errors for absurd sizes. */
export function repeatedSize(len: number, count: bigint, what: 'string' | 'bytes'): number {
  if (count <= 0n || len === 0) return 0;
  const total = BigInt(len) * count;
  if (total > SSIZE_MAX) throw pyErr('OverflowError', what === 'string' ? 'repeated string is too long' : 'repeated bytes are too long');
  if (total > BigInt(MAX_STR_LENGTH)) throw pyErr('MemoryError');
  return Number(total);
}

/** A type name as Argument Clinic's _PyArg_BadArgument shows it ("None" for None). */
export function argTypeName(v: PyValue): string {
  return v === None ? 'None' : typeOf(v).name;
}

/**
 * The argument checks of CPython's slot wrappers (wrap_binaryfunc,
 * wrap_indexargfunc, wrap_lenfunc...): dunder methods take a fixed number
 * of positional arguments and no keywords.
 */
const SLOT_ARITY: Record<string, [number, boolean]> = {
  __repr__: [0, false], __str__: [0, false], __hash__: [0, false], __len__: [0, false], __iter__: [0, false],
  __contains__: [1, false], __add__: [1, false], __mod__: [1, false], __rmod__: [1, false], __getitem__: [1, false],
  __lt__: [1, false], __le__: [1, false], __eq__: [1, false], __ne__: [1, false], __gt__: [1, false], __ge__: [1, false],
  __iadd__: [1, false], __delitem__: [1, false],
  // sq_repeat and sq_ass_item wrappers unpack with an empty function name.
  __mul__: [1, true], __rmul__: [1, true], __imul__: [1, true], __setitem__: [2, true],
};

export function withSlotChecks(methods: Record<string, MethodFn>): Record<string, MethodFn> {
  const out: Record<string, MethodFn> = {};
  for (const [name, fn] of Object.entries(methods)) {
    const arity = SLOT_ARITY[name];
    if (arity === undefined) { out[name] = fn; continue; }
    const [n, unpack] = arity;
    out[name] = (self, args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
      if (args.length !== n) throw typeError(`${unpack ? ' ' : ''}expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
      return fn(self, args, kw);
    };
  }
  return out;
}
