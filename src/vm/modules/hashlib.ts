// hashlib: md5, sha1, sha224, sha256, sha384 and sha512 (runtime/digests.ts),
// with CPython's (OpenSSL-backed) constructor names, attributes and errors.
// The hash objects keep every byte fed to them and digest the whole message
// on demand, which keeps copy() and repeated digest() trivial.
import { PyObject, PyStaticMethod, PyType, type PyModule, type PyValue, type KwArgs, PyBytesValue } from '../object.js';
import { None, builtinType, objectType, staticmethodType, strType } from '../types.js';
import { bindNative, builtinFunction, callValue, defGetSet, defMethods, noArgs } from '../call.js';
import { typeError, pyErr } from '../errors.js';
import { hexAddress, isSubtype } from '../protocols.js';
import { newBytes } from '../bytes.js';
import { newSet } from '../set.js';
import { makeNativeModule } from './native.js';
import { DIGESTS, blake2, shake, type DigestInfo } from '../../runtime/digests.js';
import { truthy } from '../protocols.js';
import { indexOf } from '../slice.js';

const hashType = builtinType('HASH', objectType, { module: '_hashlib', subclassable: false });
const xofType = builtinType('HASHXOF', hashType, { module: '_hashlib', subclassable: false });

export class PyHash extends PyObject {
  data: Uint8Array = new Uint8Array(64);
  size = 0;
  constructor(readonly hname: string, readonly info: DigestInfo, cls?: PyType) {
    super(cls ?? (info.digestSize === 0 ? xofType : hashType));
  }

  update(b: Uint8Array): void {
    if (this.size + b.length > this.data.length) {
      const n = new Uint8Array(Math.max(this.data.length * 2, this.size + b.length));
      n.set(this.data.subarray(0, this.size));
      this.data = n;
    }
    this.data.set(b, this.size);
    this.size += b.length;
  }

  digest(): Uint8Array {
    return this.info.fn(this.data.subarray(0, this.size));
  }
}

/** The bytes of a bytes-like argument, with hashlib's errors. */
function bufferArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytesValue) return v.bytes;
  if (typeof v === 'string' || isSubtype(v, strType)) throw typeError('Strings must be encoded before hashing');
  throw typeError('object supporting the buffer API required');
}

function selfHash(v: PyValue): PyHash {
  if (!(v instanceof PyHash)) throw typeError('descriptor requires a \'_hashlib.HASH\' object');
  return v;
}

const HASH_METHODS: Record<string, (self: PyValue, args: PyValue[], kw: KwArgs | null) => PyValue> = {
  update: (self, args, kw) => {
    const h = selfHash(self);
    if (kw !== null && kw.size > 0) throw typeError('HASH.update() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`HASH.update() takes exactly one argument (${args.length} given)`);
    h.update(bufferArg(args[0]!));
    return None;
  },
  digest: (self, args, kw) => {
    noArgs('digest', args, kw);
    return newBytes(selfHash(self).digest());
  },
  hexdigest: (self, args, kw) => {
    noArgs('hexdigest', args, kw);
    let s = '';
    for (const b of selfHash(self).digest()) s += b.toString(16).padStart(2, '0');
    return s;
  },
  copy: (self, args, kw) => {
    noArgs('copy', args, kw);
    const h = selfHash(self);
    const c = new PyHash(h.hname, h.info, h.cls);
    c.update(h.data.subarray(0, h.size));
    return c;
  },
  __repr__: (self) => {
    const h = selfHash(self);
    return `<${h.hname} _hashlib.HASH object @ ${hexAddress(h)}>`;
  },
};
defMethods(hashType, HASH_METHODS);
/** The `length` argument of a SHAKE digest()/hexdigest(). */
function xofLength(name: string, args: PyValue[], kw: KwArgs | null): number {
  const [v] = bindNative(name, ['length'], args, kw, { required: 1 });
  const n = indexOf(v!);
  if (typeof n === 'bigint' || n < 0 || n > 2 ** 28) throw pyErr('MemoryError');
  return n;
}

function xofBytes(self: PyValue, n: number): Uint8Array {
  const h = selfHash(self);
  return shake(h.hname === 'shake_128' ? 128 : 256, h.data.subarray(0, h.size), n);
}

defMethods(xofType, {
  digest: (self, args, kw) => newBytes(xofBytes(self, xofLength('digest', args, kw))),
  hexdigest: (self, args, kw) => {
    let s = '';
    for (const b of xofBytes(self, xofLength('hexdigest', args, kw))) s += b.toString(16).padStart(2, '0');
    return s;
  },
});

defGetSet(hashType, 'name', (self) => selfHash(self).hname);
defGetSet(hashType, 'digest_size', (self) => selfHash(self).info.digestSize);
defGetSet(hashType, 'block_size', (self) => selfHash(self).info.blockSize);

function make(name: string, data: PyValue | undefined): PyHash {
  const info = DIGESTS[name];
  if (info === undefined) throw pyErr('ValueError', `unsupported hash type ${name}`);
  const h = new PyHash(name, info);
  if (data !== undefined) h.update(bufferArg(data));
  return h;
}

function constructor(name: string) {
  return (args: PyValue[], kw: KwArgs | null): PyValue => {
    const [data] = bindNative(`openssl_${name}`, ['string', 'usedforsecurity'], args, kw, { maxPositional: 1 });
    return make(name, data);
  };
}

const CASELESS = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']);

/** The digest OpenSSL finds for `name` (its aliases like SHA-256, sha2-256, SHA3-256), or null. */
function resolveName(name: string): string | null {
  if (DIGESTS[name] !== undefined) return name;
  const lower = name.toLowerCase();
  if (CASELESS.has(lower)) return lower;
  if (lower === 'sha-1') return 'sha1';
  let m = /^sha2?-(224|256|384|512)$/.exec(lower);
  if (m !== null) return `sha${m[1]}`;
  m = /^sha3-(224|256|384|512)$/.exec(lower);
  if (m !== null) return `sha3_${m[1]}`;
  m = /^shake-?(128|256)$/.exec(lower);
  if (m !== null) return `shake_${m[1]}`;
  return null;
}

const GUARANTEED = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
  'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'];

// blake2b / blake2s: their own types (_blake2.blake2b, _blake2.blake2s) with
// the hash methods and RFC 7693's parameters.
function blakeType(big: boolean): PyType {
  const name = big ? 'blake2b' : 'blake2s';
  const t = builtinType(name, objectType, { module: '_blake2', subclassable: false });
  const maxOut = big ? 64 : 32;
  const saltSize = big ? 16 : 8;
  const blockSize = big ? 128 : 64;
  const NAMES = ['string', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset',
    'node_depth', 'inner_size', 'last_node', 'usedforsecurity'];
  t.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
    const cls = args[0];
    const a = bindNative(name, NAMES, args.slice(1), kw, { maxPositional: 1 });
    const num = (i: number, dflt: number): number => (a[i] === undefined ? dflt : Number(indexOf(a[i]!)));
    const bytes = (i: number, what: string, max: number): Uint8Array => {
      if (a[i] === undefined) return new Uint8Array(0);
      const b = bufferArg(a[i]!);
      if (b.length > max) throw pyErr('ValueError', `maximum ${what} length is ${max} bytes`);
      return b;
    };
    const digestSize = num(1, maxOut);
    if (digestSize < 1 || digestSize > maxOut) throw pyErr('ValueError', `digest_size must be between 1 and ${maxOut} bytes`);
    const params = {
      digestSize,
      key: bytes(2, 'key', maxOut),
      salt: bytes(3, 'salt', saltSize),
      person: bytes(4, 'person', saltSize),
      fanout: num(5, 1), depth: num(6, 1), leafSize: num(7, 0), nodeOffset: num(8, 0), nodeDepth: num(9, 0),
      innerSize: num(10, 0), lastNode: a[11] === undefined ? false : truthy(a[11]!),
    };
    const info: DigestInfo = { fn: (m) => blake2(big, m, params), digestSize, blockSize };
    const h = new PyHash(name, info, cls instanceof PyType ? cls : t);
    if (a[0] !== undefined) h.update(bufferArg(a[0]));
    return h;
  }, `${name}.__new__`)));
  t.dict.setStr('SALT_SIZE', saltSize);
  t.dict.setStr('PERSON_SIZE', saltSize);
  t.dict.setStr('MAX_KEY_SIZE', maxOut);
  t.dict.setStr('MAX_DIGEST_SIZE', maxOut);
  defMethods(t, { ...HASH_METHODS, __repr__: (self) => `<_blake2.${name} object at ${hexAddress(selfHash(self))}>` });
  defGetSet(t, 'name', (self) => selfHash(self).hname);
  defGetSet(t, 'digest_size', (self) => selfHash(self).info.digestSize);
  defGetSet(t, 'block_size', (self) => selfHash(self).info.blockSize);
  return t;
}

let blakeTypes: [PyType, PyType] | null = null;

export function makeHashlibModule(): PyModule {
  const m = makeNativeModule('hashlib', {
    new: (args, kw) => {
      const slots = bindNative('__hash_new', ['name', 'data', 'usedforsecurity'], args, kw, { maxPositional: 2 });
      if (slots[0] === undefined) throw typeError("__hash_new() missing 1 required positional argument: 'name'");
      const name = slots[0];
      if (typeof name !== 'string') throw typeError('name must be a string');
      // OpenSSL resolves the md5/sha1/sha2 names case-insensitively, sha3_* only as spelled.
      if ((name === 'blake2b' || name === 'blake2s') && blakeTypes !== null) {
        return callValue(blakeTypes[name === 'blake2b' ? 0 : 1], slots[1] === undefined ? [] : [slots[1]], null);
      }
      const key = resolveName(name);
      if (key === null) throw pyErr('ValueError', `unsupported hash type ${name}`);
      return make(key, slots[1]);
    },
  }, {
    algorithms_guaranteed: newSet(GUARANTEED),
    algorithms_available: newSet(GUARANTEED),
  });
  blakeTypes ??= [blakeType(true), blakeType(false)];
  m.dict.setStr('blake2b', blakeTypes[0]);
  m.dict.setStr('blake2s', blakeTypes[1]);
  // CPython's constructors are named openssl_<name>.
  for (const n of Object.keys(DIGESTS)) {
    const f = builtinFunction(`openssl_${n}`, constructor(n));
    f.dict = null;
    m.dict.setStr(n, f);
  }
  return m;
}
