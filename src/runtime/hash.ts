// CPython 3.12's hash() for the built-in immutable types, bit for bit, so set
// and dict iteration orders (and anything that prints them) come out as in
// CPython run with PYTHONHASHSEED=0.
//
// Every function returns a Py_hash_t as a bigint in the signed 64-bit range,
// never -1 (CPython reserves -1 for "error" and maps it to -2). bigint keeps
// one representation for all of them; the hot case (small ints) is a fast path.
// Sources: Python/pyhash.c, Objects/longobject.c, floatobject.c,
// complexobject.c, tupleobject.c, setobject.c, object.c (3.12).

/** `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1 numeric hashes reduce by. */
export const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61n;
/** `sys.hash_info.inf`. */
export const HASH_INF = 314159n;
/** `sys.hash_info.imag`: the multiplier for a complex's imaginary part. */
const HASH_IMAG = 1000003n;
/** 3.12 gave None a constant hash (gh-99540) instead of its address. */
export const HASH_NONE = 0xfca86420n;

const MASK64 = (1n << 64n) - 1n;

/** Py_hash_t from an unsigned 64-bit value, with -1 made -2. */
function finish(u: bigint): bigint {
  const h = BigInt.asIntN(64, u);
  return h === -1n ? -2n : h;
}

/** hash(int): sign * (|n| mod 2**61-1), the value-based rule all numeric types share. */
export function hashInt(n: bigint | number): bigint {
  if (typeof n === 'number') {
    if (!Number.isInteger(n)) throw new TypeError(`hashInt needs an integer, got ${n}`);
    // |n| < 2**53 < modulus: the hash is the value itself.
    if (Number.isSafeInteger(n)) return n === -1 ? -2n : BigInt(n);
    n = BigInt(n);
  }
  if (n >= 0n) return n < HASH_MODULUS ? n : n % HASH_MODULUS;
  const h = -(-n % HASH_MODULUS);
  return h === -1n ? -2n : h;
}

/** hash(True) / hash(False). */
export function hashBool(b: boolean): bigint {
  return b ? 1n : 0n;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/**
 * hash(float). Finite values hash as the rational they are, so hash(2.0) ==
 * hash(2): m * 2**e reduced with 2**61 ≡ 1 (mod the modulus). A NaN hashes
 * by identity since 3.10; pass the object's address (`id()`), default 0.
 */
export function hashFloat(x: number, nanAddress = 0n): bigint {
  if (Number.isNaN(x)) return hashPointer(nanAddress);
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (Number.isSafeInteger(x)) return hashInt(x);
  f64[0] = x;
  const bits = u64[0]!;
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // Value = mantissa * 2**exp exactly (subnormals have no implicit bit).
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exp = BigInt(biased === 0 ? -1074 : biased - 1075);
  const shift = ((exp % HASH_BITS) + HASH_BITS) % HASH_BITS;
  const h = ((mantissa % HASH_MODULUS) << shift) % HASH_MODULUS;
  if (negative) return h === 1n ? -2n : -h;
  return h;
}

/** hash(complex(re, im)): hash(re) + 1000003 * hash(im) in wrapping unsigned arithmetic. */
export function hashComplex(real: number, imag: number, nanAddress = 0n): bigint {
  const re = hashFloat(real, nanAddress);
  const im = hashFloat(imag, nanAddress);
  return finish((re + HASH_IMAG * im) & MASK64);
}

/** _Py_HashPointer: the address rotated right by 4 (the low bits are alignment zeros). */
export function hashPointer(address: bigint): bigint {
  const y = address & MASK64;
  return finish(((y >> 4n) | (y << 60n)) & MASK64);
}

// ---------------------------------------------------------------------------
// SipHash-1-3 with an all-zero key (PYTHONHASHSEED=0 zeroes _Py_HashSecret),
// in 32-bit halves: bigint arithmetic would allocate on every step of a hot
// path (every str dict lookup hashes once).

/** v0..v3 as [hi, lo] pairs: v[2i] high word, v[2i + 1] low word. */
const v = new Uint32Array(8);

function add(a: number, b: number): void {
  const lo = v[a + 1]! + v[b + 1]!;
  v[a] = v[a]! + v[b]! + (lo > 0xffffffff ? 1 : 0);
  v[a + 1] = lo;
}

/** Rotate register r left by s (0 < s < 64, s !== 32). */
function rotl(r: number, s: number): void {
  let hi = v[r]!;
  let lo = v[r + 1]!;
  if (s > 32) {
    [hi, lo] = [lo, hi];
    s -= 32;
  }
  v[r] = (hi << s) | (lo >>> (32 - s));
  v[r + 1] = (lo << s) | (hi >>> (32 - s));
}

function swapHalves(r: number): void {
  const hi = v[r]!;
  v[r] = v[r + 1]!;
  v[r + 1] = hi;
}

function xorInto(dst: number, src: number): void {
  v[dst] = v[dst]! ^ v[src]!;
  v[dst + 1] = v[dst + 1]! ^ v[src + 1]!;
}

function halfRound(a: number, b: number, c: number, d: number, s: number, t: number): void {
  add(a, b);
  add(c, d);
  rotl(b, s);
  xorInto(b, a);
  rotl(d, t);
  xorInto(d, c);
  swapHalves(a);
}

const V0 = 0, V1 = 2, V2 = 4, V3 = 6;

function round(): void {
  halfRound(V0, V1, V2, V3, 13, 16);
  halfRound(V2, V1, V0, V3, 17, 21);
}

/** Absorbs one little-endian 64-bit word given as (hi, lo). */
function compress(hi: number, lo: number): void {
  v[V3] = v[V3]! ^ hi;
  v[V3 + 1] = v[V3 + 1]! ^ lo;
  round();
  v[V0] = v[V0]! ^ hi;
  v[V0 + 1] = v[V0 + 1]! ^ lo;
}

function siphash13(bytes: Uint8Array): bigint {
  // "somepseudorandomlygeneratedbytes" xor a zero key.
  v.set([0x736f6d65, 0x70736575, 0x646f7261, 0x6e646f6d, 0x6c796765, 0x6e657261, 0x74656462, 0x79746573]);
  const n = bytes.length;
  const word = (i: number): number => (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0;
  let i = 0;
  for (; i + 8 <= n; i += 8) compress(word(i + 4), word(i));
  // The tail, zero-padded, with the length (mod 256) in the top byte.
  let lo = 0;
  let hi = (n & 0xff) << 24;
  for (let k = 0; i + k < n; k++) {
    if (k < 4) lo |= bytes[i + k]! << (8 * k);
    else hi |= bytes[i + k]! << (8 * (k - 4));
  }
  compress(hi >>> 0, lo >>> 0);
  v[V2 + 1] = v[V2 + 1]! ^ 0xff;
  round();
  round();
  round();
  const rhi = (v[V0]! ^ v[V1]! ^ v[V2]! ^ v[V3]!) >>> 0;
  const rlo = (v[V0 + 1]! ^ v[V1 + 1]! ^ v[V2 + 1]! ^ v[V3 + 1]!) >>> 0;
  return (BigInt(rhi) << 32n) | BigInt(rlo);
}

/** hash(bytes): SipHash-1-3 of the bytes; b'' hashes to 0. */
export function hashBytes(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  return finish(siphash13(bytes));
}

/**
 * hash(str): SipHash-1-3 of the PEP 393 buffer, i.e. 1, 2 or 4 little-endian
 * bytes per code point by the widest code point, so 'é' and 'é\u0100'[0]
 * agree. A JS string's lone surrogates are code points of their own, as in a
 * Python str; a surrogate pair is one astral code point.
 */
export function hashStr(s: string): bigint {
  if (s.length === 0) return 0n;
  if (s.length > STR_HASH_MEMO_MAX_LENGTH) return hashStrUncached(s);
  let h = strHashMemo.get(s);
  if (h === undefined) {
    // Emptied when full: a bound on memory, and no bookkeeping per hit.
    if (strHashMemo.size >= STR_HASH_MEMO_ENTRIES) strHashMemo.clear();
    h = hashStrUncached(s);
    strHashMemo.set(s, h);
  }
  return h;
}

/**
 * Hashes of short strings: CPython caches a str's hash in the object, and a
 * set or dict of words hashes the same few strings again and again (`ch in
 * seen`); here each hash is a SipHash over a fresh byte buffer.
 */
const strHashMemo = new Map<string, bigint>();
const STR_HASH_MEMO_ENTRIES = 4096;
const STR_HASH_MEMO_MAX_LENGTH = 64;

function hashStrUncached(s: string): bigint {
  const cps: number[] = [];
  let max = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    cps.push(cp);
    if (cp > max) max = cp;
  }
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const bytes = new Uint8Array(cps.length * width);
  cps.forEach((cp, i) => {
    for (let k = 0; k < width; k++) bytes[i * width + k] = (cp >>> (8 * k)) & 0xff;
  });
  return finish(siphash13(bytes));
}

// ---------------------------------------------------------------------------
// Containers: the caller hashes the items (they may be any type) and passes
// the hashes in.

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(tuple) from its items' hashes: the xxHash64-style mix of 3.8+. */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = (acc + (h & MASK64) * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  // The length term is mangled so hash(()) kept its pre-3.8 value.
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** Spreads an entry hash's bits before xor-ing: plain xor of similar hashes would cancel. */
function shuffleBits(h: bigint): bigint {
  const u = h & MASK64;
  return (((u ^ 89869747n) ^ (u << 16n)) * 3644798167n) & MASK64;
}

/**
 * hash(frozenset) from its (distinct) members' hashes. Order-free: CPython
 * xors a shuffle of every table slot, then cancels the empty and dummy slots,
 * which leaves the xor over the members.
 */
export function hashFrozenset(memberHashes: readonly bigint[]): bigint {
  let hash = 0n;
  for (const h of memberHashes) hash ^= shuffleBits(h);
  hash ^= ((BigInt(memberHashes.length) + 1n) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) return 590923713n;
  return BigInt.asIntN(64, hash);
}
