// bisect: binary search and insertion in sorted sequences (CPython's _bisect:
// the same midpoints and the same single `<` comparison per step, key applied
// to the probed items only).
import { type KwArgs, PyList, type PyValue } from '../object.js';
import { None, listType } from '../types.js';
import { callValue } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import { LT, compareBool, getAttr, getItem, len } from '../protocols.js';
import { indexOf } from '../slice.js';
import { type PyModule } from '../object.js';
import { makeNativeModule } from './native.js';

interface BisectArgs { a: PyValue; x: PyValue; lo: number; hi: number; key: PyValue }

const NAMES = ['a', 'x', 'lo', 'hi', 'key'] as const;

function bindArgs(fname: string, args: PyValue[], kw: KwArgs | null): BisectArgs {
  if (args.length > 4) throw typeError(`${fname}() takes at most 4 positional arguments (${args.length} given)`);
  const slots: (PyValue | undefined)[] = [args[0], args[1], args[2], args[3], undefined];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = (NAMES as readonly string[]).indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (slots[i] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      slots[i] = v;
    }
  }
  if (slots[0] === undefined) throw typeError(`${fname}() missing required argument 'a' (pos 1)`);
  if (slots[1] === undefined) throw typeError(`${fname}() missing required argument 'x' (pos 2)`);
  const lo = slots[2] === undefined ? 0 : ssize(slots[2]);
  const hi = slots[3] === undefined || slots[3] === None ? -1 : ssize(slots[3]);
  return { a: slots[0], x: slots[1], lo, hi, key: slots[4] ?? None };
}

/** A Py_ssize_t argument (__index__; OverflowError beyond 64 bits). */
function ssize(v: PyValue): number {
  const i = indexOf(v);
  if (typeof i === 'number') return i;
  if (i > 9223372036854775807n || i < -9223372036854775808n) {
    throw pyErr('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return Number(i);
}

function item(a: PyValue, i: number): PyValue {
  if (a instanceof PyList && a.cls === listType) {
    const v = a.items[i];
    if (v === undefined) throw pyErr('IndexError', 'list index out of range');
    return v;
  }
  return getItem(a, i);
}

function search(b: BisectArgs, x: PyValue, right: boolean): number {
  let { lo, hi } = b;
  if (lo < 0) throw pyErr('ValueError', 'lo must be non-negative');
  if (hi === -1) hi = len(b.a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let probe = item(b.a, mid);
    if (b.key !== None) probe = callValue(b.key, [probe], null);
    if (right) {
      if (compareBool(x, probe, LT)) hi = mid; else lo = mid + 1;
    } else if (compareBool(probe, x, LT)) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function insort(fname: string, right: boolean) {
  return (args: PyValue[], kw: KwArgs | null): PyValue => {
    const b = bindArgs(fname, args, kw);
    const probe = b.key === None ? b.x : callValue(b.key, [b.x], null);
    const i = search(b, probe, right);
    if (b.a instanceof PyList && b.a.cls === listType) b.a.items.splice(i, 0, b.x);
    else callValue(getAttr(b.a, 'insert'), [i, b.x], null);
    return None;
  };
}

export function makeBisectModule(): PyModule {
  const bisectRight = (args: PyValue[], kw: KwArgs | null): PyValue => {
    const b = bindArgs('bisect_right', args, kw);
    return search(b, b.x, true);
  };
  const insortRight = insort('insort_right', true);
  const m = makeNativeModule('bisect', {
    bisect_left: (args, kw) => {
      const b = bindArgs('bisect_left', args, kw);
      return search(b, b.x, false);
    },
    bisect_right: bisectRight,
    insort_left: insort('insort_left', false),
    insort_right: insortRight,
  });
  m.dict.setStr('bisect', m.dict.getStr('bisect_right')!);
  m.dict.setStr('insort', m.dict.getStr('insort_right')!);
  return m;
}
