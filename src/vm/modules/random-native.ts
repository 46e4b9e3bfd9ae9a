// _random: the Mersenne Twister MT19937 behind random.Random, seeded as
// CPython seeds it (init_by_array over the 32-bit words of abs(n), or of
// abs(hash(x)) for other objects). There is no OS entropy source here, so
// seed(None) is deterministic: it seeds exactly as seed(0) does.
import { PyFloat, PyObject, PyStaticMethod, PyTuple, PyType, type PyModule, type PyValue } from '../object.js';
import { None, builtinType, floatType, objectType, staticmethodType, typeOf } from '../types.js';
import { builtinFunction, callValue, defMethods, noArgs, oneArg } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import { GE, compareBool, asInt, getAttr, getItem, hash, len, setItem, str, typeName } from '../protocols.js';
import { binaryOp } from '../operators.js';
import { type Int, intAdd, intMul, intSub, intFloorDivide, intCompare } from '../int-ops.js';
import { PyDict, PyList } from '../object.js';
import { listType } from '../types.js';
import { newTuple } from '../list.js';
import { indexOf } from '../slice.js';
import { normInt } from '../int-ops.js';
import { type KwArgs } from '../object.js';
import { makeNativeModule } from './native.js';

const N = 624;
const M = 397;

export class MT19937 {
  mt = new Uint32Array(N);
  index = N + 1;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, (p ^ (p >>> 30)) >>> 0) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const p = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul((p ^ (p >>> 30)) >>> 0, 1664525)) + key[j]! + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul((p ^ (p >>> 30)) >>> 0, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.next32() >>> 5, b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  getrandbits(k: number): bigint | number {
    if (k <= 32) return this.next32() >>> (32 - k);
    let r = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.next32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return r;
  }

  seedInt(n: bigint): void {
    if (n < 0n) n = -n;
    const key: number[] = [];
    while (n > 0n) {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
  }
}

export const randomType = builtinType('Random', objectType, { module: '_random' });

export class PyRandom extends PyObject {
  readonly gen = new MT19937();
  constructor(cls: PyType) {
    super(cls);
    this.gen.seedInt(0n);
  }
}
randomType.makeInstance = (cls) => new PyRandom(cls);

function self_(v: PyValue): PyRandom {
  if (v instanceof PyRandom) return v;
  throw typeError(`descriptor requires a '_random.Random' object but received '${typeName(v)}'`);
}

function seedFrom(r: PyRandom, arg: PyValue): void {
  if (arg === None) { r.gen.seedInt(0n); return; }
  // Ints (subclasses too) seed with abs(n); anything else with its hash as a C size_t.
  const i = asInt(arg);
  r.gen.seedInt(i !== undefined ? BigInt(i) : BigInt.asUintN(64, hash(arg)));
}

randomType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(randomType)) throw typeError('Random.__new__(X): X is not a subtype of _random.Random');
  if (cls === randomType && kw !== null && kw.size > 0) throw typeError('Random() takes no keyword arguments');
  if (cls === randomType && args.length > 2) throw typeError(`Random() expected at most 1 argument, got ${args.length - 1}`);
  const r = new PyRandom(cls);
  if (cls === randomType && args.length === 2) seedFrom(r, args[1]!);
  return r;
}, 'Random.__new__')));

defMethods(randomType, {
  random: (self, args, kw) => {
    noArgs('Random.random', args, kw);
    return new PyFloat(self_(self).gen.random(), floatType);
  },
  getrandbits: (self, args, kw) => {
    const v = oneArg('Random.getrandbits', args, kw);
    const k = indexOf(v);
    if (k < 0) throw pyErr('ValueError', 'number of bits must be non-negative');
    if (typeof k === 'bigint' || k > 0x7fffffff) throw pyErr('OverflowError', 'Python int too large to convert to C int');
    if (k === 0) return 0;
    const r = self_(self).gen.getrandbits(k);
    return typeof r === 'number' ? r : normInt(r);
  },
  seed: (self, args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('seed() takes no keyword arguments');
    if (args.length > 1) throw typeError(`seed expected at most 1 argument, got ${args.length}`);
    seedFrom(self_(self), args.length === 0 ? None : args[0]!);
    return None;
  },
  getstate: (self, args, kw) => {
    noArgs('Random.getstate', args, kw);
    const g = self_(self).gen;
    const items: PyValue[] = Array.from(g.mt);
    items.push(g.index);
    return newTuple(items);
  },
  setstate: (self, args, kw) => {
    const st = oneArg('Random.setstate', args, kw);
    if (!(st instanceof PyTuple) || !typeOf(st).isSubtypeOf(typeOf(newTuple([])))) throw typeError('state vector must be a tuple');
    if (st.items.length !== N + 1) throw pyErr('ValueError', 'state vector is the wrong size');
    const mt = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const v = indexOf(st.items[i]!);
      if (v < 0) throw pyErr('OverflowError', "can't convert negative int to unsigned");
      if (BigInt(v) > 0xffffffffffffffffn) throw pyErr('OverflowError', 'Python int too large to convert to C unsigned long');
      mt[i] = Number(BigInt(v) & 0xffffffffn);
    }
    const idx = indexOf(st.items[N]!);
    if (typeof idx === 'bigint') throw pyErr('OverflowError', 'Python int too large to convert to C ssize_t');
    if (idx < 0 || idx > N) throw pyErr('ValueError', 'invalid state');
    const g = self_(self).gen;
    g.mt = mt;
    g.index = idx;
    return None;
  },
});

// ---------------------------------------------------------------------------
// randrange, randint, choice, shuffle and _randbelow_with_getrandbits, native
// for speed but with the Python methods' semantics: they go through
// self._randbelow / self.getrandbits / self.randrange unless those are the
// inherited natives, and bind arguments with Python functions' messages.

function plural(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Binds like a Python `def f(self, names...)` with the last `defaults.length` parameters optional. */
function bindPy(qual: string, names: string[], defaults: PyValue[], args: PyValue[], kw: KwArgs | null): PyValue[] {
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${qual}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeError(`${qual}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  if (args.length > names.length) {
    const req = names.length - defaults.length + 1;
    const max = names.length + 1;
    const takes = req === max ? `${max}` : `from ${req} to ${max}`;
    throw typeError(`${qual}() takes ${takes} positional arguments but ${args.length + 1} were given`);
  }
  const firstDefault = names.length - defaults.length;
  const missing = names.filter((_, i) => i < firstDefault && out[i] === undefined);
  if (missing.length > 0) {
    throw typeError(`${qual}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${plural(missing)}`);
  }
  return out.map((v, i) => v ?? defaults[i - firstDefault]!);
}

function bitLen(n: number): number {
  return n < 4294967296 ? 32 - Math.clz32(n) : 64 - Math.clz32(Math.floor(n / 4294967296));
}

/** _randbelow_with_getrandbits on the native generator. */
function belowFast(g: MT19937, n: Int): Int {
  if (typeof n === 'number') {
    if (n <= 0) return 0;
    const k = bitLen(n);
    for (;;) {
      const r = k <= 32 ? g.next32() >>> (32 - k) : Number(g.getrandbits(k));
      if (r < n) return r;
    }
  }
  const k = n.toString(2).length;
  for (;;) {
    const r = g.getrandbits(k);
    if (BigInt(r) < n) return normInt(BigInt(r));
  }
}

let belowDescr: PyValue | undefined;
let bitsDescr: PyValue | undefined;

/** self._randbelow(n), directly on the generator when neither it nor getrandbits is overridden. */
function randbelow(self: PyValue, n: Int): Int {
  if (self instanceof PyRandom) {
    const t = typeOf(self);
    const own = self.dict instanceof PyDict ? self.dict : null;
    if (t.lookup('_randbelow') === belowDescr && t.lookup('getrandbits') === bitsDescr
        && (own === null || (own.getStr('_randbelow') === undefined && own.getStr('getrandbits') === undefined))) {
      return belowFast(self.gen, n);
    }
  }
  const r = callValue(getAttr(self, '_randbelow'), [n], null);
  const ri = asInt(r);
  if (ri === undefined) throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  return ri;
}

const ONE_DEFAULT: PyValue = 1;

function randrange(self: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  const [start, stop, step] = bindPy('Random.randrange', ['start', 'stop', 'step'], [None, ONE_DEFAULT], args, kw) as [PyValue, PyValue, PyValue];
  const istart = indexOf(start);
  if (stop === None) {
    if (step !== 1) throw typeError('Missing a non-None stop argument');
    if (intCompare(istart, 0) > 0) return randbelow(self, istart);
    throw pyErr('ValueError', 'empty range for randrange()');
  }
  const istop = indexOf(stop);
  const width = intSub(istop, istart);
  const istep = indexOf(step);
  if (istep === 1 || istep === 1n) {
    if (intCompare(width, 0) > 0) return intAdd(istart, randbelow(self, width));
    throw pyErr('ValueError', `empty range in randrange(${str(start)}, ${str(stop)})`);
  }
  let n: Int;
  const sign = intCompare(istep, 0);
  if (sign > 0) n = intFloorDivide(intSub(intAdd(width, istep), 1), istep);
  else if (sign < 0) n = intFloorDivide(intAdd(intAdd(width, istep), 1), istep);
  else throw pyErr('ValueError', 'zero step for randrange()');
  if (intCompare(n, 0) <= 0) throw pyErr('ValueError', `empty range in randrange(${str(start)}, ${str(stop)}, ${str(step)})`);
  return intAdd(istart, intMul(istep, randbelow(self, n)));
}

let randrangeDescr: PyValue | undefined;

defMethods(randomType, {
  _randbelow_with_getrandbits: (self, args, kw) => {
    const [n] = bindPy('Random._randbelow_with_getrandbits', ['n'], [], args, kw) as [PyValue];
    if (self instanceof PyRandom && typeOf(self).lookup('getrandbits') === bitsDescr) {
      const ni = asInt(n);
      if (ni !== undefined && typeof n !== 'boolean') return belowFast(self.gen, ni);
    }
    const getrandbits = getAttr(self, 'getrandbits');
    const k = callValue(getAttr(n, 'bit_length'), [], null);
    let r = callValue(getrandbits, [k], null);
    while (compareGE(r, n)) r = callValue(getrandbits, [k], null);
    return r;
  },
  randrange,
  randint: (self, args, kw) => {
    const [a, b] = bindPy('Random.randint', ['a', 'b'], [], args, kw) as [PyValue, PyValue];
    const hi = binaryOp(0, b, 1);
    if (self instanceof PyRandom && typeOf(self).lookup('randrange') === randrangeDescr) return randrange(self, [a, hi], null);
    return callValue(getAttr(self, 'randrange'), [a, hi], null);
  },
  choice: (self, args, kw) => {
    const [seq] = bindPy('Random.choice', ['seq'], [], args, kw) as [PyValue];
    const n = len(seq);
    if (n === 0) throw pyErr('IndexError', 'Cannot choose from an empty sequence');
    return getItem(seq, randbelow(self, n));
  },
  shuffle: (self, args, kw) => {
    const [x] = bindPy('Random.shuffle', ['x'], [], args, kw) as [PyValue];
    const n = len(x);
    for (let i = n - 1; i >= 1; i--) {
      const j = Number(randbelow(self, i + 1));
      if (x instanceof PyList && x.cls === listType) {
        const items = x.items;
        if (i >= items.length || j >= items.length) throw pyErr('IndexError', 'list index out of range');
        const t = items[i]!;
        items[i] = items[j]!;
        items[j] = t;
      } else {
        const vj = getItem(x, j);
        const vi = getItem(x, i);
        setItem(x, i, vj);
        setItem(x, j, vi);
      }
    }
    return None;
  },
});
belowDescr = randomType.dict.getStr('_randbelow_with_getrandbits');
bitsDescr = randomType.dict.getStr('getrandbits');
randrangeDescr = randomType.dict.getStr('randrange');

function compareGE(a: PyValue, b: PyValue): boolean {
  return compareBool(a, b, GE);
}

export function makeRandomNative(): PyModule {
  return makeNativeModule('_random', {}, { Random: randomType });
}
