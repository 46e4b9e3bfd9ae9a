// collections.deque, natively: a double-ended queue over a JS array with
// headroom at the front, an optional maxlen, and CPython's errors (deque
// index out of range, pop from an empty deque, deque mutated during iteration).
import { type KwArgs, PyObject, PyStaticMethod, PyType, type PyValue, PyNativeIterator, PySlice } from '../object.js';
import { None, NotImplemented, builtinType, objectType, staticmethodType, typeOf } from '../types.js';
import { pyErr, typeError } from '../errors.js';
import {
  eq, getIter, iterNext, repr, reprEnter, reprLeave, typeName, asInt, compareSequences,
} from '../protocols.js';
import { bindNative, builtinFunction, callValue, defGetSet, defMethods, noArgs, oneArg, argRange } from '../call.js';
import { MAX_SEQUENCE } from '../list.js';
import { indexNumber } from '../slice.js';
import { intOf } from '../number-arith.js';
import { newTuple } from '../list.js';
import { allocate } from '../type-object.js';
import { addClassGetItem } from '../generic-alias.js';

export class PyDeque extends PyObject {
  /** Live items are buf[head .. buf.length). */
  buf: PyValue[] = [];
  head = 0;
  maxlen: number | null = null;
  /** Bumped by every mutation: iterators compare it. */
  state = 0;

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return this.buf.slice(this.head);
  }

  get length(): number {
    return this.buf.length - this.head;
  }

  at(i: number): PyValue {
    return this.buf[this.head + i]!;
  }

  items(): PyValue[] {
    return this.head === 0 ? this.buf.slice() : this.buf.slice(this.head);
  }

  setItems(items: PyValue[]): void {
    this.buf = items;
    this.head = 0;
    this.state++;
  }

  pushRight(v: PyValue): void {
    this.state++;
    if (this.maxlen !== null) {
      if (this.maxlen === 0) return;
      if (this.length >= this.maxlen) this.shiftLeft();
    }
    this.buf.push(v);
  }

  pushLeft(v: PyValue): void {
    this.state++;
    if (this.maxlen !== null) {
      if (this.maxlen === 0) return;
      if (this.length >= this.maxlen) this.buf.pop();
    }
    if (this.head === 0) {
      const pad = Math.max(8, this.buf.length);
      const nb = new Array<PyValue>(pad + this.buf.length);
      for (let i = 0; i < this.buf.length; i++) nb[pad + i] = this.buf[i]!;
      this.buf = nb;
      this.head = pad;
    }
    this.buf[--this.head] = v;
  }

  popRight(): PyValue {
    if (this.length === 0) throw pyErr('IndexError', 'pop from an empty deque');
    this.state++;
    const v = this.buf.pop()!;
    if (this.length === 0) { this.buf = []; this.head = 0; }
    return v;
  }

  shiftLeft(): PyValue {
    if (this.length === 0) throw pyErr('IndexError', 'pop from an empty deque');
    this.state++;
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined as unknown as PyValue;
    this.head++;
    if (this.head === this.buf.length) { this.buf = []; this.head = 0; }
    else if (this.head > 64 && this.head * 2 > this.buf.length) { this.buf = this.buf.slice(this.head); this.head = 0; }
    return v;
  }

  clear(): void {
    this.buf = [];
    this.head = 0;
    this.state++;
  }
}

export const dequeType = builtinType('deque', objectType, { module: 'collections' });
dequeType.hasWeakref = true;
dequeType.makeInstance = (cls) => new PyDeque(cls);

function selfDeque(self: PyValue): PyDeque {
  if (self instanceof PyDeque) return self;
  throw typeError(`descriptor requires a 'collections.deque' object but received '${typeName(self)}'`);
}

/** The name CPython's deque repr and errors use for the (sub)class. */
function shortTypeName(v: PyValue): string {
  return typeOf(v).name;
}

/** deque's iterator types: native iterators named as CPython names them. */
function dequeIteratorType(name: string): PyType {
  const t = builtinType(name, objectType, { subclassable: false, module: 'collections' });
  defMethods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyNativeIterator).next();
      if (v === undefined) throw pyErr('StopIteration');
      return v;
    },
  });
  return t;
}
const dequeIterType = dequeIteratorType('_deque_iterator');
const dequeRevIterType = dequeIteratorType('_deque_reverse_iterator');

function extendRight(d: PyDeque, iterable: PyValue): void {
  if (iterable === d) {
    for (const v of d.items()) d.pushRight(v);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) d.pushRight(v);
}

function extendLeft(d: PyDeque, iterable: PyValue): void {
  if (iterable === d) {
    for (const v of d.items()) d.pushLeft(v);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) d.pushLeft(v);
}

function rotate(d: PyDeque, n: number): void {
  const len = d.length;
  if (len <= 1) return;
  let k = n % len;
  if (k < 0) k += len;
  if (k === 0) return;
  const items = d.items();
  d.setItems(items.slice(len - k).concat(items.slice(0, len - k)));
}

function dequeIndex(d: PyDeque, key: PyValue): number {
  if (key instanceof PySlice || (intOf(key) === undefined && typeOf(key).lookup('__index__') === undefined)) {
    throw typeError(`sequence index must be integer, not '${typeName(key)}'`);
  }
  const i = indexNumber(key);
  const j = i < 0 ? i + d.length : i;
  if (j < 0 || j >= d.length) throw pyErr('IndexError', 'deque index out of range');
  return j;
}

function parseMaxlen(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const n = asInt(v);
  if (n === undefined) throw typeError('an integer is required');
  if (typeof n === 'bigint') {
    if (n < 0n) throw pyErr('ValueError', 'maxlen must be non-negative');
    throw pyErr('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  if (n < 0) throw pyErr('ValueError', 'maxlen must be non-negative');
  return n;
}

/** A new deque of the same type (copy(), +, *): the subclass is called as CPython does. */
function copyDeque(d: PyDeque): PyDeque {
  if (d.cls === dequeType) {
    const c = new PyDeque(dequeType);
    c.maxlen = d.maxlen;
    c.buf = d.items();
    return c;
  }
  const args: PyValue[] = d.maxlen === null ? [d] : [d, d.maxlen];
  const c = callValue(d.cls, args, null);
  if (!(c instanceof PyDeque)) throw typeError(`${shortTypeName(d)}() must return a deque, not ${typeName(c)}`);
  return c;
}

function dequeIterator(d: PyDeque, reverse: boolean): PyNativeIterator {
  const state = d.state;
  const total = d.length;
  let i = 0;
  let done = false;
  return new PyNativeIterator(reverse ? dequeRevIterType : dequeIterType, () => {
    if (done) return undefined;
    if (d.state !== state || d.length !== total) {
      done = true;
      throw pyErr('RuntimeError', 'deque mutated during iteration');
    }
    if (i >= total) {
      done = true;
      return undefined;
    }
    const v = d.at(reverse ? total - 1 - i : i);
    i++;
    return v;
  });
}

function dequeRepr(d: PyDeque): string {
  if (!reprEnter(d)) return '[...]';
  try {
    const list = `[${d.items().map(repr).join(', ')}]`;
    const name = shortTypeName(d);
    return d.maxlen === null ? `${name}(${list})` : `${name}(${list}, maxlen=${d.maxlen})`;
  } finally {
    reprLeave(d);
  }
}

function findIndex(d: PyDeque, v: PyValue, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.length; i++) {
    const hit = eq(d.at(i), v);
    if (d.state !== state) throw pyErr('RuntimeError', 'deque mutated during iteration');
    if (hit) return i;
  }
  return -1;
}

function repeatInPlace(d: PyDeque, n: number): void {
  const items = d.items();
  if (n <= 0 || items.length === 0) { d.clear(); return; }
  if (items.length * n > MAX_SEQUENCE && (d.maxlen === null || d.maxlen > MAX_SEQUENCE)) throw pyErr('MemoryError');
  for (let k = 1; k < n; k++) {
    for (const v of items) d.pushRight(v);
    if (d.maxlen !== null && k * items.length > d.maxlen + items.length) break;
  }
}

function repeatCount(v: PyValue): number | undefined {
  const n = asInt(v);
  if (n !== undefined) return typeof n === 'bigint' ? (n > 0n ? Number.MAX_SAFE_INTEGER : 0) : n;
  if (typeof v === 'object' && typeOf(v).lookup('__index__') !== undefined) return indexNumber(v);
  return undefined;
}

dequeType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(dequeType)) throw typeError('deque.__new__(X): X is not a subtype of collections.deque');
  return allocate(cls);
}, 'deque.__new__')));

defMethods(dequeType, {
  __init__: (self, args, kw) => {
    const d = selfDeque(self);
    if (args.length > 2) throw typeError(`deque() takes at most 2 arguments (${args.length} given)`);
    if (kw !== null) {
      for (const k of kw.keys()) {
        if (k !== 'iterable' && k !== 'maxlen') throw typeError(`'${k}' is an invalid keyword argument for deque()`);
      }
    }
    const [iterable, maxlen] = bindNative('deque', ['iterable', 'maxlen'], args, kw);
    d.maxlen = parseMaxlen(maxlen);
    if (d.length > 0) d.clear();
    if (iterable !== undefined) extendRight(d, iterable);
    return None;
  },
  append: (self, args, kw) => { selfDeque(self).pushRight(oneArg('append', args, kw)); return None; },
  appendleft: (self, args, kw) => { selfDeque(self).pushLeft(oneArg('appendleft', args, kw)); return None; },
  pop: (self, args, kw) => { noArgs('pop', args, kw); return selfDeque(self).popRight(); },
  popleft: (self, args, kw) => { noArgs('popleft', args, kw); return selfDeque(self).shiftLeft(); },
  extend: (self, args, kw) => { extendRight(selfDeque(self), oneArg('extend', args, kw)); return None; },
  extendleft: (self, args, kw) => { extendLeft(selfDeque(self), oneArg('extendleft', args, kw)); return None; },
  clear: (self, args, kw) => { noArgs('clear', args, kw); selfDeque(self).clear(); return None; },
  copy: (self, args, kw) => { noArgs('copy', args, kw); return copyDeque(selfDeque(self)); },
  __copy__: (self, args, kw) => { noArgs('__copy__', args, kw); return copyDeque(selfDeque(self)); },
  count: (self, args, kw) => {
    const d = selfDeque(self);
    if (kw !== null && kw.size > 0) throw typeError('deque.count() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`deque.count() takes exactly one argument (${args.length} given)`);
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.length; i++) {
      if (eq(d.at(i), args[0]!)) n++;
      if (d.state !== state) throw pyErr('RuntimeError', 'deque mutated during iteration');
    }
    return n;
  },
  index: (self, args, kw) => {
    const d = selfDeque(self);
    argRange('index', args, kw, 1, 3);
    const len = d.length;
    const norm = (v: PyValue | undefined, dflt: number): number => {
      if (v === undefined) return dflt;
      let i = indexNumber(v, () => 'slice indices must be integers or have an __index__ method');
      if (i < 0) i = Math.max(0, i + len);
      return Math.min(i, len);
    };
    const start = norm(args[1], 0);
    const stop = norm(args[2], len);
    const i = findIndex(d, args[0]!, start, stop);
    if (i < 0) throw pyErr('ValueError', `${repr(args[0]!)} is not in deque`);
    return i;
  },
  insert: (self, args, kw) => {
    const d = selfDeque(self);
    argRange('insert', args, kw, 2, 2);
    let i = indexNumber(args[0]!);
    if (d.maxlen !== null && d.length >= d.maxlen) throw pyErr('IndexError', 'deque already at its maximum size');
    const items = d.items();
    if (i < 0) i = Math.max(0, i + items.length);
    if (i > items.length) i = items.length;
    items.splice(i, 0, args[1]!);
    d.setItems(items);
    return None;
  },
  remove: (self, args, kw) => {
    const d = selfDeque(self);
    const v = oneArg('remove', args, kw);
    const i = findIndex(d, v, 0, d.length);
    if (i < 0) throw pyErr('ValueError', `${repr(v)} is not in deque`);
    const items = d.items();
    items.splice(i, 1);
    d.setItems(items);
    return None;
  },
  reverse: (self, args, kw) => {
    noArgs('reverse', args, kw);
    const d = selfDeque(self);
    d.setItems(d.items().reverse());
    return None;
  },
  rotate: (self, args, kw) => {
    argRange('rotate', args, kw, 0, 1);
    rotate(selfDeque(self), args.length === 0 ? 1 : indexNumber(args[0]!));
    return None;
  },
  __len__: (self) => selfDeque(self).length,
  __bool__: (self) => selfDeque(self).length > 0,
  __getitem__: (self, args) => {
    const d = selfDeque(self);
    return d.at(dequeIndex(d, args[0]!));
  },
  __setitem__: (self, args) => {
    const d = selfDeque(self);
    const i = dequeIndex(d, args[0]!);
    d.buf[d.head + i] = args[1]!;
    return None;
  },
  __delitem__: (self, args) => {
    const d = selfDeque(self);
    const i = dequeIndex(d, args[0]!);
    const items = d.items();
    items.splice(i, 1);
    d.setItems(items);
    return None;
  },
  __contains__: (self, args) => findIndex(selfDeque(self), args[0]!, 0, Infinity) >= 0,
  __iter__: (self) => dequeIterator(selfDeque(self), false),
  __reversed__: (self) => dequeIterator(selfDeque(self), true),
  __repr__: (self) => dequeRepr(selfDeque(self)),
  __add__: (self, args) => {
    const d = selfDeque(self);
    const other = args[0]!;
    if (!(other instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeName(other)}") to deque`);
    const c = copyDeque(d);
    extendRight(c, other);
    return c;
  },
  __iadd__: (self, args) => {
    extendRight(selfDeque(self), args[0]!);
    return self;
  },
  __mul__: (self, args) => {
    const n = repeatCount(args[0]!);
    if (n === undefined) return NotImplemented;
    const c = copyDeque(selfDeque(self));
    repeatInPlace(c, n);
    return c;
  },
  __rmul__: (self, args) => {
    const n = repeatCount(args[0]!);
    if (n === undefined) return NotImplemented;
    const c = copyDeque(selfDeque(self));
    repeatInPlace(c, n);
    return c;
  },
  __imul__: (self, args) => {
    const n = repeatCount(args[0]!);
    if (n === undefined) return NotImplemented;
    repeatInPlace(selfDeque(self), n);
    return self;
  },
  __reduce__: (self) => {
    const d = selfDeque(self);
    const args = d.maxlen === null ? newTuple([]) : newTuple([newTuple([]), d.maxlen]);
    return newTuple([typeOf(d), args, None, dequeIterator(d, false)]);
  },
});
for (const [i, name] of ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].entries()) {
  defMethods(dequeType, {
    [name]: (self, args) => {
      const other = args[0]!;
      if (!(other instanceof PyDeque)) return NotImplemented;
      return compareSequences(selfDeque(self).items(), other.items(), i);
    },
  });
}
dequeType.dict.setStr('__hash__', None);
defGetSet(dequeType, 'maxlen', (self) => {
  const m = selfDeque(self).maxlen;
  return m === null ? None : m;
});
dequeType.invalidate();
addClassGetItem(dequeType);

export type { KwArgs };
