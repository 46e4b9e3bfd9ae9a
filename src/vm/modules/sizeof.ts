// sys.getsizeof: the sizes CPython 3.12 reports on a 64-bit build, where
// they follow from the value alone (ints, floats, strings, bytes, tuples,
// ranges, ...), and a type's own __sizeof__ written in Python plus the
// object header CPython adds (GC header, and the managed-dict pre-header of
// instances of Python classes). Lists, dicts and sets depend on how their
// tables grew; etpy reports the size of a table that holds exactly their
// items, so those are approximate (README, known differences).
import {
  PyBytesValue, PyComplexValue, PyDict, PyFloat, PyFunction, PyList, PyRange, PySet, PySlice, PyTuple,
  type PyObject, type PyValue,
} from '../object.js';
import { None, typeOf } from '../types.js';
import { callSpecial } from '../protocols.js';
import { intOf } from '../number-arith.js';
import { pyErr, typeError } from '../errors.js';

export function sizeOf(v: PyValue, fallback: PyValue | undefined): PyValue {
  const builtin = builtinSize(v);
  if (builtin !== undefined) return builtin;
  const t = typeOf(v);
  if (t.lookup('__sizeof__') === undefined) {
    if (fallback !== undefined) return fallback;
    throw typeError(`Type ${t.name} doesn't define __sizeof__`);
  }
  const n = intOf(callSpecial(v, '__sizeof__', []) ?? None);
  if (n === undefined) throw typeError('an integer is required');
  if (n < 0) throw pyErr('ValueError', '__sizeof__() should return >= 0');
  // Instances of Python classes carry the GC header and the managed __dict__/weakref pre-header.
  return Number(n) + (t.builtin ? 0 : 32);
}

function builtinSize(v: PyValue): number | undefined {
  switch (typeof v) {
    case 'number': return intSize(BigInt(v));
    case 'bigint': return intSize(v);
    case 'boolean': return 28;
    case 'string': return strSize(v);
  }
  const o = v as PyObject;
  if (!typeOf(o).builtin) return undefined;
  if (o === None) return 16;
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyComplexValue) return 32;
  if (o instanceof PyBytesValue) return 33 + o.bytes.length;
  if (o instanceof PyTuple) return 40 + 8 * o.items.length;
  if (o instanceof PyList) return 56 + 8 * o.items.length;
  if (o instanceof PyRange) return 48;
  if (o instanceof PySlice) return 56;
  if (o instanceof PySet) return setSize(o.table.size);
  if (o instanceof PyDict) return dictSize(o);
  if (o instanceof PyFunction) return 160;
  return undefined;
}

/** 24 bytes of header, then 4 per 30-bit digit (at least one: 3.12 stores 0 with one digit). */
function intSize(n: bigint): number {
  let a = n < 0n ? -n : n;
  let digits = 1;
  while (a >= 1n << 30n) {
    a >>= 30n;
    digits++;
  }
  return 24 + 4 * digits;
}

/** A compact string: ASCII 41 + n, Latin-1 60 + n, UCS-2 58 + 2n, UCS-4 60 + 4n. */
function strSize(s: string): number {
  let max = 0;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    n++;
  }
  if (max < 0x80) return 41 + n;
  if (max < 0x100) return 60 + n;
  if (max < 0x10000) return 58 + 2 * n;
  return 60 + 4 * n;
}

/**
 * A set filled one element at a time: 8 inline slots, then a table that
 * grows (to the power of two above 4 × used) when 3/5 of it is filled.
 */
function setSize(used: number): number {
  let size = 8;
  for (let fill = 1; fill <= used; fill++) {
    if (fill * 5 >= (size - 1) * 3) {
      size = 8;
      while (size <= fill * 4) size *= 2;
    }
  }
  return size === 8 ? 216 : 216 + 16 * size;
}

/**
 * A dict filled one key at a time: 8 slots (5 usable), then a table of the
 * power of two at least 3 × used whenever the usable entries run out. An
 * entry takes 16 bytes when every key is a str, 24 otherwise; the index 1
 * byte per slot up to 128 slots.
 */
function dictSize(d: PyDict): number {
  const used = d.size;
  if (used === 0) return 64;
  let size = 8;
  while (used > Math.floor((size * 2) / 3)) {
    const prev = Math.floor((size * 2) / 3);
    let next = 8;
    while (next < prev * 3) next *= 2;
    size = next;
  }
  let allStr = true;
  for (const k of d.keys) if (typeof k !== 'string' && typeof k !== 'symbol') allStr = false;
  const indexBytes = size <= 128 ? 1 : size <= 0x8000 ? 2 : 4;
  return 96 + size * indexBytes + Math.floor((size * 2) / 3) * (allStr ? 16 : 24);
}
