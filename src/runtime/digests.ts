// Message digests (MD5, SHA-1, SHA-224/256, SHA-384/512) over a whole
// message, written from the published specifications (RFC 1321, FIPS 180-4).
// SHA-384/512 use BigInt for their 64-bit words: hashlib's inputs are small.

function pad(msg: Uint8Array, block: number, lenBytes: number, littleEndian: boolean): Uint8Array {
  const total = Math.ceil((msg.length + 1 + lenBytes) / block) * block;
  const out = new Uint8Array(total);
  out.set(msg);
  out[msg.length] = 0x80;
  let bits = BigInt(msg.length) * 8n;
  for (let i = 0; i < lenBytes; i++) {
    const byte = Number(bits & 0xffn);
    bits >>= 8n;
    if (littleEndian) out[total - lenBytes + i] = byte;
    else out[total - 1 - i] = byte;
  }
  return out;
}

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;
const rotr = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

export function md5(msg: Uint8Array): Uint8Array {
  const m = pad(msg, 64, 8, true);
  let a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
  const w = new Uint32Array(16);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) {
      const p = off + i * 4;
      w[i] = (m[p]! | (m[p + 1]! << 8) | (m[p + 2]! << 16) | (m[p + 3]! << 24)) >>> 0;
    }
    let a = a0, b = b0, c = c0, d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) { f = (b & c) | (~b & d); g = i; }
      else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
      else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
      else { f = c ^ (b | ~d); g = (7 * i) % 16; }
      const t = d;
      d = c;
      c = b;
      b = (b + rotl((a + (f >>> 0) + MD5_K[i]! + w[g]!) >>> 0, MD5_S[(i >> 4) * 4 + (i % 4)]!)) >>> 0;
      a = t;
    }
    a0 = (a0 + a) >>> 0; b0 = (b0 + b) >>> 0; c0 = (c0 + c) >>> 0; d0 = (d0 + d) >>> 0;
  }
  const out = new Uint8Array(16);
  [a0, b0, c0, d0].forEach((v, i) => { for (let j = 0; j < 4; j++) out[i * 4 + j] = (v >>> (8 * j)) & 0xff; });
  return out;
}

function wordsBE(h: number[], n: number): Uint8Array {
  const out = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) for (let j = 0; j < 4; j++) out[i * 4 + j] = (h[i]! >>> (24 - 8 * j)) & 0xff;
  return out;
}

function readBE(m: Uint8Array, p: number): number {
  return ((m[p]! << 24) | (m[p + 1]! << 16) | (m[p + 2]! << 8) | m[p + 3]!) >>> 0;
}

export function sha1(msg: Uint8Array): Uint8Array {
  const m = pad(msg, 64, 8, false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = readBE(m, off + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = b ^ c ^ d; k = 0xca62c1d6; }
      const t = (rotl(a, 5) + (f >>> 0) + e + k + w[i]!) >>> 0;
      e = d; d = c; c = rotl(b, 30); b = a; a = t;
    }
    h[0] = (h[0]! + a) >>> 0; h[1] = (h[1]! + b) >>> 0; h[2] = (h[2]! + c) >>> 0; h[3] = (h[3]! + d) >>> 0; h[4] = (h[4]! + e) >>> 0;
  }
  return wordsBE(h, 5);
}

function primes(n: number): number[] {
  const out: number[] = [];
  for (let k = 2; out.length < n; k++) if (out.every((p) => k % p !== 0)) out.push(k);
  return out;
}

/** The first `bits` bits of the fractional part of p^(1/root), exactly (integer roots by bisection). */
function fracRoot(p: number, root: 2 | 3, bits: number): bigint {
  // floor(p^(1/root) * 2^bits) = integer root of p * 2^(bits*root)
  const target = BigInt(p) << BigInt(bits * root);
  let lo = 0n, hi = 1n << BigInt(bits + 4);
  while (lo < hi) {
    const mid = (lo + hi + 1n) >> 1n;
    if (mid ** BigInt(root) <= target) lo = mid; else hi = mid - 1n;
  }
  return lo & ((1n << BigInt(bits)) - 1n);
}

/** The SHA-2 constants, computed when a digest first needs them (the bigint roots cost start-up ~5 ms). */
interface Sha2Constants { K256: number[]; K512: bigint[]; H256: number[]; H224: number[]; H512: bigint[]; H384: bigint[] }
let sha2: Sha2Constants | null = null;

function sha2Constants(): Sha2Constants {
  if (sha2 !== null) return sha2;
  const P80 = primes(80);
  sha2 = {
    K256: P80.slice(0, 64).map((p) => Number(fracRoot(p, 3, 32))),
    K512: P80.map((p) => fracRoot(p, 3, 64)),
    H256: P80.slice(0, 8).map((p) => Number(fracRoot(p, 2, 32))),
    H224: [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4],
    H512: P80.slice(0, 8).map((p) => fracRoot(p, 2, 64)),
    H384: P80.slice(8, 16).map((p) => fracRoot(p, 2, 64)),
  };
  return sha2;
}

function sha256core(msg: Uint8Array, init: number[], outWords: number): Uint8Array {
  const m = pad(msg, 64, 8, false);
  const h = init.slice();
  const w = new Uint32Array(64);
  const K256 = sha2Constants().K256;
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = readBE(m, off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15]!, 7) ^ rotr(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3);
      const s1 = rotr(w[i - 2]!, 17) ^ rotr(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + (S1 >>> 0) + (ch >>> 0) + K256[i]! + w[i]!) >>> 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = ((S0 >>> 0) + (maj >>> 0)) >>> 0;
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => { h[i] = (h[i]! + v) >>> 0; });
  }
  return wordsBE(h, outWords);
}

const M64 = (1n << 64n) - 1n;
const rotr64 = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & M64;

function sha512core(msg: Uint8Array, init: bigint[], outBytes: number): Uint8Array {
  const m = pad(msg, 128, 16, false);
  const h = init.slice();
  const w: bigint[] = new Array<bigint>(80).fill(0n);
  const K512 = sha2Constants().K512;
  for (let off = 0; off < m.length; off += 128) {
    for (let i = 0; i < 16; i++) w[i] = (BigInt(readBE(m, off + i * 8)) << 32n) | BigInt(readBE(m, off + i * 8 + 4));
    for (let i = 16; i < 80; i++) {
      const x = w[i - 15]!, y = w[i - 2]!;
      const s0 = rotr64(x, 1n) ^ rotr64(x, 8n) ^ (x >> 7n);
      const s1 = rotr64(y, 19n) ^ rotr64(y, 61n) ^ (y >> 6n);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) & M64;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let i = 0; i < 80; i++) {
      const S1 = rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n);
      const ch = (e & f) ^ (~e & M64 & g);
      const t1 = (hh + S1 + ch + K512[i]! + w[i]!) & M64;
      const S0 = rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & M64;
      hh = g; g = f; f = e; e = (d + t1) & M64; d = c; c = b; b = a; a = (t1 + t2) & M64;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => { h[i] = (h[i]! + v) & M64; });
  }
  const out = new Uint8Array(64);
  h.forEach((v, i) => { for (let j = 0; j < 8; j++) out[i * 8 + j] = Number((v >> BigInt(56 - 8 * j)) & 0xffn); });
  return out.slice(0, outBytes);
}

export const sha256 = (m: Uint8Array): Uint8Array => sha256core(m, sha2Constants().H256, 8);
export const sha224 = (m: Uint8Array): Uint8Array => sha256core(m, sha2Constants().H224, 7);
export const sha512 = (m: Uint8Array): Uint8Array => sha512core(m, sha2Constants().H512, 64);
export const sha384 = (m: Uint8Array): Uint8Array => sha512core(m, sha2Constants().H384, 48);

export interface DigestInfo { fn: (m: Uint8Array) => Uint8Array; digestSize: number; blockSize: number }

export const DIGESTS: Record<string, DigestInfo> = {
  md5: { fn: md5, digestSize: 16, blockSize: 64 },
  sha1: { fn: sha1, digestSize: 20, blockSize: 64 },
  sha224: { fn: sha224, digestSize: 28, blockSize: 64 },
  sha256: { fn: sha256, digestSize: 32, blockSize: 64 },
  sha384: { fn: sha384, digestSize: 48, blockSize: 128 },
  sha512: { fn: sha512, digestSize: 64, blockSize: 128 },
};

// SHA-3 (FIPS 202): Keccak-f[1600] over 25 little-endian 64-bit lanes, the
// rotation offsets and round constants generated from their definitions.
const ROT: number[] = new Array<number>(25).fill(0);
{
  let x = 1, y = 0;
  for (let t = 0; t < 24; t++) {
    ROT[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
}
const RC: bigint[] = [];
{
  let r = 1;
  const bit = (): number => {
    const b = r & 1;
    r <<= 1;
    if (r & 0x100) r ^= 0x171;
    return b;
  };
  for (let i = 0; i < 24; i++) {
    let c = 0n;
    for (let j = 0; j < 7; j++) if (bit()) c |= 1n << BigInt((1 << j) - 1);
    RC.push(c);
  }
}
const rotl64 = (v: bigint, n: number): bigint => (n === 0 ? v : ((v << BigInt(n)) | (v >> BigInt(64 - n))) & M64);

function keccakF(a: bigint[]): void {
  const c: bigint[] = new Array<bigint>(5);
  const b: bigint[] = new Array<bigint>(25);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = a[x]! ^ a[x + 5]! ^ a[x + 10]! ^ a[x + 15]! ^ a[x + 20]!;
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5]! ^ rotl64(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 25; y += 5) a[x + y] = a[x + y]! ^ d;
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y]!, ROT[x + 5 * y]!);
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) a[x + y] = b[x + y]! ^ (~b[((x + 1) % 5) + y]! & M64 & b[((x + 2) % 5) + y]!);
    }
    a[0] = a[0]! ^ RC[round]!;
  }
}

function keccak(msg: Uint8Array, rate: number, suffix: number, outBytes: number): Uint8Array {
  const total = Math.floor(msg.length / rate + 1) * rate;
  const m = new Uint8Array(total);
  m.set(msg);
  m[msg.length] = (m[msg.length]! ^ suffix);
  m[total - 1] = (m[total - 1]! ^ 0x80);
  const a: bigint[] = new Array<bigint>(25).fill(0n);
  for (let off = 0; off < total; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let j = 7; j >= 0; j--) lane = (lane << 8n) | BigInt(m[off + i * 8 + j]!);
      a[i] = a[i]! ^ lane;
    }
    keccakF(a);
  }
  const out = new Uint8Array(outBytes);
  for (let pos = 0; pos < outBytes;) {
    for (let i = 0; i < rate / 8 && pos < outBytes; i++) {
      for (let j = 0; j < 8 && pos < outBytes; j++) out[pos++] = Number((a[i]! >> BigInt(8 * j)) & 0xffn);
    }
    if (pos < outBytes) keccakF(a);
  }
  return out;
}

for (const bits of [224, 256, 384, 512]) {
  const rate = 200 - bits / 4;
  DIGESTS[`sha3_${bits}`] = { fn: (m) => keccak(m, rate, 0x06, bits / 8), digestSize: bits / 8, blockSize: rate };
}
// The SHAKE XOFs: digest size 0, digests taken through shake() with a length.
DIGESTS['shake_128'] = { fn: (m) => keccak(m, 168, 0x1f, 0), digestSize: 0, blockSize: 168 };
DIGESTS['shake_256'] = { fn: (m) => keccak(m, 136, 0x1f, 0), digestSize: 0, blockSize: 136 };

/** SHAKE128/SHAKE256 output of `length` bytes. */
export function shake(bits: 128 | 256, msg: Uint8Array, length: number): Uint8Array {
  return keccak(msg, 200 - bits / 4, 0x1f, length);
}

// BLAKE2b / BLAKE2s (RFC 7693) over BigInt words of 64 / 32 bits; the IVs are
// SHA-512's and SHA-256's initial values.
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

export interface Blake2Params {
  digestSize: number; key: Uint8Array; salt: Uint8Array; person: Uint8Array;
  fanout: number; depth: number; leafSize: number; nodeOffset: number; nodeDepth: number; innerSize: number; lastNode: boolean;
}

export function blake2(big: boolean, msg: Uint8Array, p: Blake2Params): Uint8Array {
  const W = big ? 64n : 32n;
  const wb = big ? 8 : 4;
  const mask = (1n << W) - 1n;
  const block = 16 * wb;
  const rounds = big ? 12 : 10;
  const [R1, R2, R3, R4] = big ? [32n, 24n, 16n, 63n] : [16n, 12n, 8n, 7n];
  const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (W - n))) & mask;
  const iv: bigint[] = big ? sha2Constants().H512.slice() : sha2Constants().H256.map((v) => BigInt(v));
  // The parameter block, little-endian words xored into the IV.
  const pb = new Uint8Array(8 * wb);
  pb[0] = p.digestSize; pb[1] = p.key.length; pb[2] = p.fanout; pb[3] = p.depth;
  for (let i = 0; i < 4; i++) pb[4 + i] = (p.leafSize >>> (8 * i)) & 0xff;
  const offBytes = big ? 8 : 6;
  let off = BigInt(p.nodeOffset);
  for (let i = 0; i < offBytes; i++) { pb[8 + i] = Number(off & 0xffn); off >>= 8n; }
  pb[8 + offBytes] = p.nodeDepth; pb[9 + offBytes] = p.innerSize;
  pb.set(p.salt, 4 * wb);
  pb.set(p.person, 6 * wb);
  const readWord = (b: Uint8Array, at: number): bigint => {
    let v = 0n;
    for (let j = wb - 1; j >= 0; j--) v = (v << 8n) | BigInt(b[at + j]!);
    return v;
  };
  const h = iv.map((v, i) => v ^ readWord(pb, i * wb));
  const compress = (chunk: Uint8Array, t: bigint, last: boolean): void => {
    const m = Array.from({ length: 16 }, (_, i) => readWord(chunk, i * wb));
    const v = [...h, ...iv];
    v[12] = v[12]! ^ (t & mask);
    v[13] = v[13]! ^ ((t >> W) & mask);
    if (last) {
      v[14] = v[14]! ^ mask;
      if (p.lastNode) v[15] = v[15]! ^ mask;
    }
    const g = (a: number, b: number, c: number, d: number, x: bigint, y: bigint): void => {
      v[a] = (v[a]! + v[b]! + x) & mask; v[d] = rotr(v[d]! ^ v[a]!, R1);
      v[c] = (v[c]! + v[d]!) & mask; v[b] = rotr(v[b]! ^ v[c]!, R2);
      v[a] = (v[a]! + v[b]! + y) & mask; v[d] = rotr(v[d]! ^ v[a]!, R3);
      v[c] = (v[c]! + v[d]!) & mask; v[b] = rotr(v[b]! ^ v[c]!, R4);
    };
    for (let r = 0; r < rounds; r++) {
      const s = SIGMA[r % 10]!;
      g(0, 4, 8, 12, m[s[0]!]!, m[s[1]!]!); g(1, 5, 9, 13, m[s[2]!]!, m[s[3]!]!);
      g(2, 6, 10, 14, m[s[4]!]!, m[s[5]!]!); g(3, 7, 11, 15, m[s[6]!]!, m[s[7]!]!);
      g(0, 5, 10, 15, m[s[8]!]!, m[s[9]!]!); g(1, 6, 11, 12, m[s[10]!]!, m[s[11]!]!);
      g(2, 7, 8, 13, m[s[12]!]!, m[s[13]!]!); g(3, 4, 9, 14, m[s[14]!]!, m[s[15]!]!);
    }
    for (let i = 0; i < 8; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 8]!;
  };
  let data = msg;
  if (p.key.length > 0) {
    data = new Uint8Array(block + msg.length);
    data.set(p.key);
    data.set(msg, block);
  }
  const nBlocks = Math.max(1, Math.ceil(data.length / block));
  for (let i = 0; i < nBlocks; i++) {
    const chunk = new Uint8Array(block);
    chunk.set(data.subarray(i * block, (i + 1) * block));
    const last = i === nBlocks - 1;
    compress(chunk, BigInt(last ? data.length : (i + 1) * block), last);
  }
  const out = new Uint8Array(8 * wb);
  h.forEach((v, i) => { for (let j = 0; j < wb; j++) out[i * wb + j] = Number((v >> BigInt(8 * j)) & 0xffn); });
  return out.slice(0, p.digestSize);
}
