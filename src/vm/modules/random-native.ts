// _random: the Mersenne Twister MT19937 behind random.Random, seeded as
// CPython seeds it (init_by_array over the 32-bit words of abs(n), or of
// abs(hash(x)) for other objects). There is no OS entropy source here, so
// seed(None) is deterministic: it seeds exactly as seed(0) does.
import { PyFloat, PyObject, PyStaticMethod, PyTuple, PyType, type PyModule, type PyValue } from '../object.js';
import { None, builtinType, floatType, objectType, staticmethodType, typeOf } from '../types.js';
import { builtinFunction, defMethods, noArgs, oneArg } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import { asInt, hash, typeName } from '../protocols.js';
import { newTuple } from '../list.js';
import { indexOf } from '../slice.js';
import { normInt } from '../int-ops.js';
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

export function makeRandomNative(): PyModule {
  return makeNativeModule('_random', {}, { Random: randomType });
}
