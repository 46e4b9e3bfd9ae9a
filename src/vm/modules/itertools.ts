// itertools, natively: each function is a lazy iterator type named as
// CPython names it (itertools.count, ...), with its argument errors and the
// reprs CPython gives count() and repeat(). Instances of the exact types are
// native iterators (the eval loop steps them directly); subclass instances go
// through __next__ so that overrides apply.
import {
  type KwArgs, mapItems, PyModule, PyNativeIterator, PyObject, PyStaticMethod, PyTuple, PyType, type PyValue, PyClassMethod,
  PyFloat, PyComplexValue,
} from '../object.js';
import { None, builtinType, objectType, moduleType, newDict, staticmethodType, classmethodType, tupleType, typeOf } from '../types.js';
import { pyErr, typeError } from '../errors.js';
import {
  asInt, callSpecial, eq, getIter, iterNext, repr, truthy, typeName, hexAddress,
} from '../protocols.js';
import { builtinFunction, callValue, defMethods } from '../call.js';
import { binaryOp } from '../operators.js';
import { registerModule } from '../import.js';
import { indexOf, indexNumber } from '../slice.js';
import { intOf } from '../number-arith.js';
import { toArray } from '../protocols.js';
import { addClassGetItem } from '../generic-alias.js';

type Step = () => PyValue | undefined;

/** An instance of an exact itertools type: the eval loop calls `next` directly. */
class ItIterator extends PyNativeIterator {
  reprFn: (() => string) | null = null;
}

/** An instance of a Python subclass of an itertools type. */
class ItSubInstance extends PyObject {
  /** Holds Python values a generator-release walk cannot list (release.ts). */
  get holdsUnlistedValues(): boolean {
    return true;
  }

  reprFn: (() => string) | null = null;
  constructor(cls: PyType, readonly step: Step) {
    super(cls);
  }
}

function stepOf(self: PyValue): Step {
  if (self instanceof ItIterator) return self.next;
  if (self instanceof ItSubInstance) return self.step;
  throw typeError(`descriptor '__next__' requires an itertools object but received '${typeName(self)}'`);
}

/**
 * `refs`: what the iterator holds, for the release walks (src/vm/release.ts):
 * its arguments, or null (opaque) for one that also keeps values it took from
 * them (cycle's saved items, product's pools, groupby's group, ...).
 */
function makeInstance(cls: PyType, base: PyType, step: Step, reprFn: (() => string) | null = null, refs: readonly PyValue[] | null = null): PyValue {
  if (cls === base) {
    const o = new ItIterator(cls, step, refs);
    o.reprFn = reprFn;
    return o;
  }
  const o = new ItSubInstance(cls, step);
  o.reprFn = reprFn;
  if (cls.hasInstanceDict) o.dict = newDict();
  return o;
}

type Maker = (args: PyValue[], kw: KwArgs | null) => { step: Step; repr?: () => string };

const types: PyType[] = [];

/** The itertools types that keep values taken from their arguments. */
const BUFFERING = new Set(['cycle', 'accumulate', 'groupby', 'pairwise', 'product', 'permutations', 'combinations', 'combinations_with_replacement', 'batched']);

function itType(name: string, make: Maker): PyType {
  const t = builtinType(name, objectType, { module: 'itertools' });
  t.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType) || !cls.isSubtypeOf(t)) throw typeError(`${name}.__new__(X): X is not a subtype of itertools.${name}`);
    const made = make(args.slice(1), kw);
    const refs = BUFFERING.has(name) ? null : [...args.slice(1), ...(kw?.values() ?? [])];
    return makeInstance(cls, t, made.step, made.repr ?? null, refs);
  }, `${name}.__new__`)));
  defMethods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = stepOf(self)();
      if (v === undefined) throw pyErr('StopIteration');
      return v;
    },
    __repr__: (self) => {
      const r = self instanceof ItIterator || self instanceof ItSubInstance ? self.reprFn : null;
      if (r !== null) return r();
      const tt = typeOf(self);
      return `<${tt.module === 'builtins' ? '' : `${tt.module}.`}${tt.qualname} object at ${hexAddress(self as PyObject)}>`;
    },
  });
  t.invalidate();
  types.push(t);
  return t;
}

// ---------------------------------------------------------------------------
// Argument parsing with CPython's messages

function noKw(fname: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/** Argument Clinic, positional only: `name expected N arguments, got M`. */
function positional(fname: string, args: PyValue[], kw: KwArgs | null, min: number, max: number): void {
  noKw(fname, kw);
  const n = args.length;
  const s = (k: number): string => (k === 1 ? '' : 's');
  if (n < min) throw typeError(min === max ? `${fname} expected ${min} argument${s(min)}, got ${n}` : `${fname} expected at least ${min} argument${s(min)}, got ${n}`);
  if (n > max) throw typeError(min === max ? `${fname} expected ${max} argument${s(max)}, got ${n}` : `${fname} expected at most ${max} argument${s(max)}, got ${n}`);
}

/**
 * Argument Clinic / PyArg_ParseTupleAndKeywords with keywords: returns one
 * slot per name. `kwOnly` names may only be given by keyword.
 */
function keywords(fname: string, names: string[], args: PyValue[], kw: KwArgs | null, required: number, kwOnly: string[] = [], positionalWord = false): (PyValue | undefined)[] {
  const all = [...names, ...kwOnly];
  const total = args.length + (kw?.size ?? 0);
  if (args.length > names.length) {
    if (positionalWord) throw typeError(`${fname}() takes at most ${names.length} positional argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
    throw typeError(`${fname}() takes at most ${all.length} argument${all.length === 1 ? '' : 's'} (${total} given)`);
  }
  if (total > all.length) throw typeError(`${fname}() takes at most ${all.length} argument${all.length === 1 ? '' : 's'} (${total} given)`);
  const out: (PyValue | undefined)[] = all.map((_, i) => args[i]);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = all.indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (out[i] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${all[i]}' (pos ${i + 1})`);
  }
  return out;
}

function nonNegative(v: PyValue, message: string): number {
  const n = indexNumber(v);
  if (n < 0) throw pyErr('ValueError', message);
  return n;
}

function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (v instanceof PyFloat || v instanceof PyComplexValue) return true;
  if (typeof v === 'string') return false;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

// ---------------------------------------------------------------------------
// Infinite iterators

const countType = itType('count', (args, kw) => {
  const [start, step] = keywords('count', ['start', 'step'], args, kw, 0);
  let cur: PyValue = start ?? 0;
  const inc: PyValue = step ?? 1;
  if (!isNumber(cur) || !isNumber(inc)) throw typeError('a number is required');
  const stepIsOne = asInt(inc) === 1;
  if (stepIsOne && typeof cur === 'boolean') cur = cur ? 1 : 0;
  return {
    step: () => {
      const v = cur;
      cur = typeof cur === 'number' && typeof inc === 'number' ? binaryOp(0, cur, inc) : binaryOp(0, cur, inc);
      return v;
    },
    repr: () => (stepIsOne ? `count(${repr(cur)})` : `count(${repr(cur)}, ${repr(inc)})`),
  };
});

itType('cycle', (args, kw) => {
  positional('cycle', args, kw, 1, 1);
  const it = getIter(args[0]!);
  const saved: PyValue[] = [];
  let exhausted = false;
  let i = 0;
  return {
    step: () => {
      if (!exhausted) {
        const v = iterNext(it);
        if (v !== undefined) {
          saved.push(v);
          return v;
        }
        exhausted = true;
      }
      if (saved.length === 0) return undefined;
      const v = saved[i]!;
      i = (i + 1) % saved.length;
      return v;
    },
  };
});

itType('repeat', (args, kw) => {
  const [obj, times] = keywords('repeat', ['object', 'times'], args, kw, 1);
  let left = times === undefined ? -1 : Math.max(0, indexNumber(times));
  return {
    step: () => {
      if (left === 0) return undefined;
      if (left > 0) left--;
      return obj!;
    },
    repr: () => (left < 0 ? `repeat(${repr(obj!)})` : `repeat(${repr(obj!)}, ${left})`),
  };
});

// ---------------------------------------------------------------------------
// Iterators terminating on the shortest input

itType('accumulate', (args, kw) => {
  const [iterable, func, initial] = keywords('accumulate', ['iterable', 'func'], args, kw, 1, ['initial'], true);
  const it = getIter(iterable!);
  const fn = func === undefined || func === None ? null : func;
  let total: PyValue | undefined = initial === undefined || initial === None ? undefined : initial;
  let first = total !== undefined;
  let done = false;
  return {
    step: () => {
      if (done) return undefined;
      if (first) {
        first = false;
        return total!;
      }
      const v = iterNext(it);
      if (v === undefined) {
        done = true;
        return undefined;
      }
      total = total === undefined ? v : fn === null ? binaryOp(0, total, v) : callValue(fn, [total, v], null);
      return total;
    },
  };
});

function chainStep(source: PyValue): Step {
  let active: PyValue | null = null;
  let done = false;
  return () => {
    while (!done) {
      if (active === null) {
        const next = iterNext(source);
        if (next === undefined) {
          done = true;
          return undefined;
        }
        active = getIter(next);
      }
      const v = iterNext(active);
      if (v !== undefined) return v;
      active = null;
    }
    return undefined;
  };
}

const chainType = itType('chain', (args, kw) => {
  noKw('chain', kw);
  const tuple = new PyTuple(tupleType, args.slice());
  return { step: chainStep(getIter(tuple)) };
});
chainType.dict.setStr('from_iterable', new PyClassMethod(classmethodType, builtinFunction('from_iterable', (args) => {
  const cls = args[0] as PyType;
  if (args.length !== 2) throw typeError(`chain.from_iterable() takes exactly one argument (${args.length - 1} given)`);
  const source = getIter(args[1]!);
  return makeInstance(cls, chainType, chainStep(source));
}, 'chain.from_iterable')));
addClassGetItem(chainType);
chainType.invalidate();

itType('compress', (args, kw) => {
  const [data, selectors] = keywords('compress', ['data', 'selectors'], args, kw, 2);
  const d = getIter(data!);
  const s = getIter(selectors!);
  let done = false;
  return {
    step: () => {
      while (!done) {
        const v = iterNext(d);
        if (v === undefined) { done = true; break; }
        const sel = iterNext(s);
        if (sel === undefined) { done = true; break; }
        if (truthy(sel)) return v;
      }
      return undefined;
    },
  };
});

itType('dropwhile', (args, kw) => {
  positional('dropwhile', args, kw, 2, 2);
  const pred = args[0]!;
  const it = getIter(args[1]!);
  let dropping = true;
  return {
    step: () => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (!dropping) return v;
        if (!truthy(callValue(pred, [v], null))) {
          dropping = false;
          return v;
        }
      }
    },
  };
});

itType('takewhile', (args, kw) => {
  positional('takewhile', args, kw, 2, 2);
  const pred = args[0]!;
  const it = getIter(args[1]!);
  let done = false;
  return {
    step: () => {
      if (done) return undefined;
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (truthy(callValue(pred, [v], null))) return v;
      done = true;
      return undefined;
    },
  };
});

itType('filterfalse', (args, kw) => {
  positional('filterfalse', args, kw, 2, 2);
  const pred = args[0]!;
  const it = getIter(args[1]!);
  return {
    step: () => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        const keep = pred === None ? truthy(v) : truthy(callValue(pred, [v], null));
        if (!keep) return v;
      }
    },
  };
});

/** groupby's shared state; each _grouper yields while the key stays its target. */
interface GroupBy {
  it: PyValue;
  keyfunc: PyValue | null;
  tgtkey: PyValue | undefined;
  currkey: PyValue | undefined;
  currvalue: PyValue | undefined;
  currgrouper: PyValue | null;
}

function groupbyStep(g: GroupBy): boolean {
  const v = iterNext(g.it);
  if (v === undefined) return false;
  const k = g.keyfunc === null ? v : callValue(g.keyfunc, [v], null);
  g.currvalue = v;
  g.currkey = k;
  return true;
}

const grouperType = builtinType('_grouper', objectType, { subclassable: false, module: 'itertools' });
defMethods(grouperType, {
  __iter__: (self) => self,
  __next__: (self) => {
    const v = (self as ItIterator).next();
    if (v === undefined) throw pyErr('StopIteration');
    return v;
  },
});

itType('groupby', (args, kw) => {
  const [iterable, key] = keywords('groupby', ['iterable', 'key'], args, kw, 1);
  const g: GroupBy = {
    it: getIter(iterable!),
    keyfunc: key === undefined || key === None ? null : key,
    tgtkey: undefined,
    currkey: undefined,
    currvalue: undefined,
    currgrouper: null,
  };
  return {
    step: () => {
      g.currgrouper = null;
      for (;;) {
        if (g.currkey === undefined) {
          // fall through to step
        } else if (g.tgtkey === undefined) {
          break;
        } else if (!eq(g.tgtkey, g.currkey)) {
          break;
        }
        if (!groupbyStep(g)) return undefined;
      }
      g.tgtkey = g.currkey;
      const target = g.tgtkey!;
      const grouper: ItIterator = new ItIterator(grouperType, () => {
        if (g.currgrouper !== grouper) return undefined;
        if (g.currvalue === undefined) {
          if (!groupbyStep(g)) return undefined;
        }
        if (!eq(target, g.currkey!)) return undefined;
        const r = g.currvalue!;
        g.currvalue = undefined;
        return r;
      });
      g.currgrouper = grouper;
      return new PyTuple(tupleType, [g.currkey!, grouper]);
    },
  };
});

function isliceArg(v: PyValue | undefined, message: string): number | null {
  if (v === undefined || v === None) return null;
  const i = intOf(v) ?? (typeOf(v).lookup('__index__') !== undefined ? indexOf(v) : undefined);
  if (i === undefined) throw pyErr('ValueError', message);
  if (typeof i === 'bigint') {
    if (i < 0n || i > 9223372036854775807n) throw pyErr('ValueError', message);
    return Number.MAX_SAFE_INTEGER;
  }
  if (i < 0) throw pyErr('ValueError', message);
  return i;
}

itType('islice', (args, kw) => {
  positional('islice', args, kw, 2, 4);
  const STOP = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  const IDX = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  let start = 0;
  let stop: number | null;
  let step = 1;
  if (args.length === 2) {
    stop = isliceArg(args[1], STOP);
  } else {
    const a = isliceArg(args[1], IDX);
    stop = isliceArg(args[2], STOP);
    start = a ?? 0;
    if (args.length === 4) {
      const s = args[3]!;
      if (s !== None) {
        const n = intOf(s) ?? (typeOf(s).lookup('__index__') !== undefined ? indexOf(s) : undefined);
        if (n === undefined || (typeof n === 'number' && n <= 0) || (typeof n === 'bigint' && n <= 0n)) {
          throw pyErr('ValueError', 'Step for islice() must be a positive integer or None.');
        }
        step = typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
      }
    }
  }
  let it: PyValue | null = getIter(args[0]!);
  let cnt = 0;
  let next = start;
  return {
    step: () => {
      if (it === null) return undefined;
      while (cnt < next) {
        const v = iterNext(it);
        if (v === undefined) { it = null; return undefined; }
        cnt++;
      }
      if (stop !== null && cnt >= stop) { it = null; return undefined; }
      const v = iterNext(it);
      if (v === undefined) { it = null; return undefined; }
      cnt++;
      const old = next;
      next += step;
      if (next < old || (stop !== null && next > stop)) next = stop ?? next;
      return v;
    },
  };
});

itType('pairwise', (args, kw) => {
  positional('pairwise', args, kw, 1, 1);
  let it: PyValue | null = getIter(args[0]!);
  let old: PyValue | undefined;
  return {
    step: () => {
      if (it === null) return undefined;
      if (old === undefined) {
        old = iterNext(it);
        if (old === undefined) { it = null; return undefined; }
      }
      const v = iterNext(it);
      if (v === undefined) { it = null; old = undefined; return undefined; }
      const r = new PyTuple(tupleType, [old, v]);
      old = v;
      return r;
    },
  };
});

itType('starmap', (args, kw) => {
  positional('starmap', args, kw, 2, 2);
  const fn = args[0]!;
  const it = getIter(args[1]!);
  return {
    step: () => {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      return callValue(fn, toArray(v), null);
    },
  };
});

itType('zip_longest', (args, kw) => {
  let fill: PyValue = None;
  if (kw !== null && kw.size > 0) {
    for (const [k, v] of kw) {
      if (k !== 'fillvalue' || kw.size > 1) throw typeError('zip_longest() got an unexpected keyword argument');
      fill = v;
    }
  }
  const its: (PyValue | null)[] = args.map((a) => getIter(a));
  let active = its.length;
  let done = its.length === 0;
  return {
    step: () => {
      if (done) return undefined;
      const out: PyValue[] = [];
      for (let i = 0; i < its.length; i++) {
        const it = its[i]!;
        if (it === null) { out.push(fill); continue; }
        const v = iterNext(it);
        if (v === undefined) {
          active--;
          if (active === 0) { done = true; return undefined; }
          its[i] = null;
          out.push(fill);
        } else {
          out.push(v);
        }
      }
      return new PyTuple(tupleType, out);
    },
  };
});

// tee: iterators sharing one buffer, a linked list each reader walks.
interface TeeNode { value: PyValue | undefined; next: TeeNode | null }
interface TeeSource { it: PyValue; running: boolean }

const teeType = builtinType('_tee', objectType, { subclassable: false, module: 'itertools' });
class PyTee extends PyNativeIterator {
  constructor(readonly source: TeeSource, public node: TeeNode) {
    super(teeType, () => undefined);
    this.next = () => this.advance();
  }

  advance(): PyValue | undefined {
    const node = this.node;
    if (node.next === null) {
      if (this.source.running) throw pyErr('RuntimeError', 'cannot re-enter the tee iterator');
      this.source.running = true;
      let v: PyValue | undefined;
      try {
        v = iterNext(this.source.it);
      } finally {
        this.source.running = false;
      }
      if (v === undefined) return undefined;
      node.value = v;
      node.next = { value: undefined, next: null };
    }
    this.node = node.next!;
    return node.value!;
  }
}
defMethods(teeType, {
  __iter__: (self) => self,
  __next__: (self) => {
    const v = (self as PyTee).advance();
    if (v === undefined) throw pyErr('StopIteration');
    return v;
  },
  __copy__: (self) => new PyTee((self as PyTee).source, (self as PyTee).node),
});

function tee(args: PyValue[], kw: KwArgs | null): PyValue {
  if (kw !== null && kw.size > 0) throw typeError('itertools.tee() takes no keyword arguments');
  positional('tee', args, null, 1, 2);
  const n = args.length > 1 ? indexNumber(args[1]!) : 2;
  if (n < 0) throw pyErr('ValueError', 'n must be >= 0');
  const it = getIter(args[0]!);
  if (n === 0) return new PyTuple(tupleType, []);
  const out: PyValue[] = [];
  let first: PyValue;
  if (it instanceof PyTee) {
    first = it;
  } else if (callSpecial(it, '__copy__', []) !== undefined && !(it instanceof PyNativeIterator)) {
    first = it;
  } else {
    first = new PyTee({ it, running: false }, { value: undefined, next: null });
  }
  out.push(first);
  for (let i = 1; i < n; i++) {
    const c = first instanceof PyTee ? new PyTee(first.source, first.node) : callSpecial(first, '__copy__', [])!;
    out.push(c);
  }
  return new PyTuple(tupleType, out);
}

// ---------------------------------------------------------------------------
// Combinatoric iterators (inputs are read into pools when created)

itType('product', (args, kw) => {
  let repeat = 1;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'repeat') throw typeError(`'${k}' is an invalid keyword argument for product()`);
      repeat = indexNumber(v);
      if (repeat < 0) throw pyErr('ValueError', 'repeat argument cannot be negative');
    }
  }
  const base = args.map((a) => toArray(a));
  const pools: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  const n = pools.length;
  const idx = new Array<number>(n).fill(0);
  let first = true;
  let done = pools.some((p) => p.length === 0);
  return {
    step: () => {
      if (done) return undefined;
      if (first) {
        first = false;
        return new PyTuple(tupleType, mapItems(pools, (p) => p[0]!));
      }
      let i = n - 1;
      for (; i >= 0; i--) {
        idx[i]!++;
        if (idx[i]! < pools[i]!.length) break;
        idx[i] = 0;
      }
      if (i < 0) { done = true; return undefined; }
      return new PyTuple(tupleType, mapItems(pools, (p, j) => p[idx[j]!]!));
    },
  };
});

itType('permutations', (args, kw) => {
  const [iterable, rArg] = keywords('permutations', ['iterable', 'r'], args, kw, 1);
  const pool = toArray(iterable!);
  const n = pool.length;
  let r = n;
  if (rArg !== undefined && rArg !== None) {
    if (asInt(rArg) === undefined) throw typeError('Expected int as r');
    r = indexNumber(rArg);
    if (r < 0) throw pyErr('ValueError', 'r must be non-negative');
  }
  const indices = pool.map((_, i) => i);
  const cycles: number[] = [];
  for (let i = 0; i < r; i++) cycles.push(n - i);
  let first = true;
  let done = r > n;
  const current = (): PyTuple => new PyTuple(tupleType, mapItems(indices.slice(0, r), (i) => pool[i]!));
  return {
    step: () => {
      if (done) return undefined;
      if (first) {
        first = false;
        return current();
      }
      if (n === 0) { done = true; return undefined; }
      for (let i = r - 1; i >= 0; i--) {
        cycles[i]!--;
        if (cycles[i] === 0) {
          const x = indices[i]!;
          indices.splice(i, 1);
          indices.push(x);
          cycles[i] = n - i;
        } else {
          const j = cycles[i]!;
          const t = indices[i]!;
          indices[i] = indices[n - j]!;
          indices[n - j] = t;
          return current();
        }
      }
      done = true;
      return undefined;
    },
  };
});

function combinationsMaker(name: string, replacement: boolean): Maker {
  return (args, kw) => {
    const [iterable, rArg] = keywords(name, ['iterable', 'r'], args, kw, 2);
    const pool = toArray(iterable!);
    const n = pool.length;
    const r = nonNegative(rArg!, 'r must be non-negative');
    const indices: number[] = [];
    for (let i = 0; i < r; i++) indices.push(replacement ? 0 : i);
    let first = true;
    let done = replacement ? n === 0 && r > 0 : r > n;
    const current = (): PyTuple => new PyTuple(tupleType, mapItems(indices, (i) => pool[i]!));
    return {
      step: () => {
        if (done) return undefined;
        if (first) {
          first = false;
          return current();
        }
        let i = r - 1;
        if (replacement) {
          while (i >= 0 && indices[i] === n - 1) i--;
          if (i < 0) { done = true; return undefined; }
          const v = indices[i]! + 1;
          for (let j = i; j < r; j++) indices[j] = v;
        } else {
          while (i >= 0 && indices[i] === i + n - r) i--;
          if (i < 0) { done = true; return undefined; }
          indices[i]!++;
          for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
        }
        return current();
      },
    };
  };
}

itType('combinations', combinationsMaker('combinations', false));
itType('combinations_with_replacement', combinationsMaker('combinations_with_replacement', true));

itType('batched', (args, kw) => {
  const [iterable, nArg] = keywords('batched', ['iterable', 'n'], args, kw, 2);
  const n = indexNumber(nArg!);
  if (n < 1) throw pyErr('ValueError', 'n must be at least one');
  let it: PyValue | null = getIter(iterable!);
  return {
    step: () => {
      if (it === null) return undefined;
      const out: PyValue[] = [];
      while (out.length < n) {
        const v = iterNext(it);
        if (v === undefined) { it = null; break; }
        out.push(v);
      }
      return out.length === 0 ? undefined : new PyTuple(tupleType, out);
    },
  };
});

registerModule('itertools', () => {
  const d = newDict();
  const m = new PyModule(moduleType, 'itertools', d);
  d.setStr('__name__', 'itertools');
  d.setStr('__doc__', None);
  for (const t of types) d.setStr(t.name, t);
  d.setStr('tee', builtinFunction('tee', tee));
  d.setStr('_tee', teeType);
  d.setStr('_grouper', grouperType);
  return m;
});

export { countType };
