// bytes and bytearray (Objects/bytesobject.c, bytearrayobject.c,
// bytes_methods.c). Both are PyBytesValue: bytes never changes its array;
// a bytearray's `bytes` is a view on a larger buffer so that appends are
// amortized O(1) (the view is replaced on every size change). Most methods
// run the str algorithms on the latin-1 text of the bytes (one char per
// byte), with ASCII-only whitespace, case and character classes as bytes
// have them. Also installs str.encode and str(bytes, encoding).
import {
  type KwArgs, mapItems, PyBytesValue, PyClassMethod, type PyException, PyFloat, PyList, PyNativeIterator, PySlice, PyStaticMethod, PyTuple,
  PyType, type PyValue,
} from './object.js';
import {
  None, NotImplemented, bytearrayType, bytesType, classmethodType, iteratorType, listType, newDict, staticmethodType,
  tupleType, typeOf,
} from './types.js';
import { pyErr, typeError } from './errors.js';
import {
  asStr, getItem, getIterOrUndefined, iterNext, lookupSpecial, callDescriptor, truthy, typeName,
} from './protocols.js';
import { bindNative, builtinFunction, callValue, defMethods, type MethodFn } from './call.js';
import { indexOf, sliceIndices } from './slice.js';
import { normInt } from './int-ops.js';
import { intOf } from './number-arith.js';
import { hashBytes } from '../runtime/hash.js';
import { bytesRepr } from '../runtime/str-repr.js';
import { UnicodeCodecError, decodeBytes, encodeStr } from '../runtime/codecs.js';
import { unicodeError } from './unicode-errors.js';
import {
  strCount, strEndswith, strFind, strPartition, strReplace, strRfind, strRpartition, strRsplit, strSplit, strStartswith,
  strStrip, strLstrip, strRstrip,
} from '../runtime/str-methods.js';
import {
  strCenter, strExpandtabs, strLjust, strRemoveprefix, strRemovesuffix, strRjust, strZfill,
} from '../runtime/str-pad.js';
import { percentFormatBytes } from '../runtime/percent-format.js';
import type { PercentArg, PercentArgs } from '../runtime/percent-convert.js';
import { percentArg, setStrDecode, setStrEncode, checkNewType } from './str.js';
import { sequenceSlotMethods } from './operators.js';
import { byteValue, bytesFromObject } from './bytes-convert.js';
import {
  argTypeName, cIntArg, checkLength, clinicPos, noArgsQ, oneArgQ, repeatCount, repeatedSize, sliceIndexArg, ssizeArg, tupleArgs, withSlotChecks,
} from './str-args.js';

// ---------------------------------------------------------------------------
// Representation helpers

export function latin1(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}

export function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

export function isBytearray(v: PyValue): boolean {
  return v instanceof PyBytesValue && v.cls.isSubtypeOf(bytearrayType);
}

/** The buffer of a bytes-like object (bytes, bytearray and their subclasses), or undefined. */
export function bufferOf(v: PyValue): Uint8Array | undefined {
  return v instanceof PyBytesValue ? v.bytes : undefined;
}

export function newBytes(b: Uint8Array): PyBytesValue {
  return new PyBytesValue(bytesType, b);
}

export function newBytearray(b: Uint8Array): PyBytesValue {
  return new PyBytesValue(bytearrayType, b.slice());
}

/** A result of the same kind as self: bytearray methods make bytearrays, bytes methods bytes. */
function like(self: PyValue, b: Uint8Array): PyBytesValue {
  return isBytearray(self) ? new PyBytesValue(bytearrayType, b) : newBytes(b);
}

function likeText(self: PyValue, s: string): PyBytesValue {
  return like(self, fromLatin1(s));
}

function selfBuf(self: PyValue): Uint8Array {
  return (self as PyBytesValue).bytes;
}

function selfText(self: PyValue): string {
  return latin1(selfBuf(self));
}

/** Resizes a bytearray in place, growing its buffer geometrically. */
function setLength(o: PyBytesValue, n: number): void {
  checkLength(n);
  const cur = o.bytes;
  const capacity = cur.buffer.byteLength - cur.byteOffset;
  if (n <= capacity && cur.buffer instanceof ArrayBuffer) {
    o.bytes = new Uint8Array(cur.buffer, cur.byteOffset, n);
    return;
  }
  const next = new Uint8Array(Math.max(n, Math.floor(cur.length * 1.5) + 16));
  next.set(cur.subarray(0, Math.min(cur.length, n)));
  o.bytes = next.subarray(0, n);
}

/** Replaces a bytearray's contents with a copy of b. */
function setContents(o: PyBytesValue, b: Uint8Array): void {
  o.bytes = b.slice();
}

// ---------------------------------------------------------------------------
// Argument conversion

function bytesLikeRequired(v: PyValue): PyException {
  return typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

/** A buffer argument (Argument Clinic's Py_buffer): bytes-like or TypeError. */
function bufferArg(v: PyValue): Uint8Array {
  const b = bufferOf(v);
  if (b === undefined) throw bytesLikeRequired(v);
  return b;
}

/** The sub argument of find/count/index: bytes-like, or an int byte value. */
function subArg(v: PyValue): string {
  const b = bufferOf(v);
  if (b !== undefined) return latin1(b);
  if (intOf(v) !== undefined || (typeof v === 'object' && !(v instanceof PyFloat) && typeOf(v).lookup('__index__') !== undefined)) {
    return String.fromCharCode(byteValue(v));
  }
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

function strArgNamed(fname: string, v: PyValue, name: string): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`${fname}() argument '${name}' must be str, not ${argTypeName(v)}`);
  return s;
}

function encode(s: string, encoding: string | undefined, errors: string | undefined): Uint8Array {
  try {
    return encodeStr(s, encoding ?? 'utf-8', errors ?? 'strict');
  } catch (e) {
    if (e instanceof UnicodeCodecError) throw unicodeError('UnicodeEncodeError', e.encoding, s, e.start, e.end, e.reason);
    throw e;
  }
}

function decode(b: Uint8Array, encoding: string | undefined, errors: string | undefined): string {
  try {
    return decodeBytes(b, encoding ?? 'utf-8', errors ?? 'strict');
  } catch (e) {
    if (e instanceof UnicodeCodecError) throw unicodeError('UnicodeDecodeError', e.encoding, newBytes(b.slice()), e.start, e.end, e.reason);
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Constructors

function hasIndexSlot(v: PyValue): boolean {
  return intOf(v) !== undefined || (typeof v === 'object' && !(v instanceof PyFloat) && typeOf(v).lookup('__index__') !== undefined);
}

/** bytes(source=b'', encoding=None, errors=None) */
function bytesNew(cls: PyType, args: PyValue[], kw: KwArgs | null): PyValue {
  const [x, encoding, errors] = bindNative('bytes', ['source', 'encoding', 'errors'], args, kw);
  const enc = encoding === undefined ? undefined : strArgNamed('bytes', encoding, 'encoding');
  const err = errors === undefined ? undefined : strArgNamed('bytes', errors, 'errors');
  let b: Uint8Array;
  if (x === undefined) {
    if (enc !== undefined || err !== undefined) {
      throw typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    }
    b = new Uint8Array(0);
  } else if (enc !== undefined) {
    const s = asStr(x);
    if (s === undefined) throw typeError('encoding without a string argument');
    b = encode(s, enc, err);
  } else if (err !== undefined) {
    throw typeError(asStr(x) !== undefined ? 'string argument without an encoding' : 'errors without a string argument');
  } else {
    const m = lookupSpecial(x, '__bytes__');
    if (m !== undefined) {
      const r = callDescriptor(m, x, []);
      if (!(r instanceof PyBytesValue) || !r.cls.isSubtypeOf(bytesType)) {
        throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      }
      if (cls === bytesType) return r;
      b = r.bytes;
    } else if (asStr(x) !== undefined) {
      throw typeError('string argument without an encoding');
    } else if (hasIndexSlot(x)) {
      const n = sizeArg(x);
      if (n < 0) throw pyErr('ValueError', 'negative count');
      checkLength(n);
      b = new Uint8Array(n);
    } else {
      b = bytesFromObject(x, 'bytes');
    }
  }
  const o = new PyBytesValue(cls, b);
  if (cls !== bytesType && cls.hasInstanceDict) o.dict = newDict();
  return o;
}

/** PyNumber_AsSsize_t(x, OverflowError): the count of bytes(n). */
function sizeArg(x: PyValue): number {
  const i = indexOf(x);
  if (typeof i === 'number') return i;
  if (i >= 2n ** 63n || i < -(2n ** 63n)) throw pyErr('OverflowError', "cannot fit 'int' into an index-sized integer");
  return i > 0n ? Number.MAX_SAFE_INTEGER : -1;
}

bytesType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  const cls = checkNewType(bytesType, args);
  return bytesNew(cls, args.slice(1), kw);
})));
bytesType.makeInstance = (cls) => new PyBytesValue(cls, new Uint8Array(0));
bytearrayType.makeInstance = (cls) => new PyBytesValue(cls, new Uint8Array(0));

/** bytearray.__init__(source=b'', encoding=None, errors=None) */
function bytearrayInit(self: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  const o = self as PyBytesValue;
  const [x, encoding, errors] = bindNative('bytearray', ['source', 'encoding', 'errors'], args, kw);
  const enc = encoding === undefined ? undefined : strArgNamed('bytearray', encoding, 'encoding');
  const err = errors === undefined ? undefined : strArgNamed('bytearray', errors, 'errors');
  if (x === undefined) {
    if (enc !== undefined || err !== undefined) {
      throw typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    }
    o.bytes = new Uint8Array(0);
    return None;
  }
  const s = asStr(x);
  if (s !== undefined) {
    if (enc === undefined) throw typeError('string argument without an encoding');
    o.bytes = encode(s, enc, err);
    return None;
  }
  if (enc !== undefined || err !== undefined) {
    throw typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
  }
  if (hasIndexSlot(x)) {
    const n = sizeArg(x);
    if (n < 0) throw pyErr('ValueError', 'negative count');
    checkLength(n);
    o.bytes = new Uint8Array(n);
    return None;
  }
  o.bytes = bytesFromObject(x, 'bytearray');
  return None;
}

// ---------------------------------------------------------------------------
// ASCII character classes (Python/pyctype.c)

const isSpaceB = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLowerB = (c: number): boolean => c >= 97 && c <= 122;
const isUpperB = (c: number): boolean => c >= 65 && c <= 90;
const isAlphaB = (c: number): boolean => isLowerB(c) || isUpperB(c);
const isDigitB = (c: number): boolean => c >= 48 && c <= 57;

function allBytes(b: Uint8Array, test: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (const c of b) if (!test(c)) return false;
  return true;
}

function mapBytes(b: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i]!, i);
  return out;
}

const toUpperB = (c: number): number => (isLowerB(c) ? c - 32 : c);
const toLowerB = (c: number): number => (isUpperB(c) ? c + 32 : c);

function titleBytes(b: Uint8Array): Uint8Array {
  let previousIsCased = false;
  return mapBytes(b, (c) => {
    const r = previousIsCased ? toLowerB(c) : toUpperB(c);
    previousIsCased = isAlphaB(c);
    return r;
  });
}

function istitleBytes(b: Uint8Array): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const c of b) {
    if (isUpperB(c)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (isLowerB(c)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let left = max < 0 ? Infinity : max;
  for (; left > 0; left--) {
    while (i < n && isSpaceB(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpaceB(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpaceB(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  let left = max < 0 ? Infinity : max;
  for (; left > 0; left--) {
    while (i >= 0 && isSpaceB(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpaceB(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isSpaceB(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

function splitlinesBytes(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  for (let i = 0; i < n; ) {
    const j = i;
    while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
    let eol = i;
    if (i < n) {
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

function stripWhitespace(s: string, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (left) while (i < j && isSpaceB(s.charCodeAt(i))) i++;
  if (right) while (j > i && isSpaceB(s.charCodeAt(j - 1))) j--;
  return s.slice(i, j);
}

// ---------------------------------------------------------------------------
// hex / fromhex

function hexOf(b: Uint8Array, sepArg: PyValue | undefined, perSepArg: PyValue | undefined): string {
  const perSep = perSepArg === undefined ? 1 : cIntArg(perSepArg);
  let sep = '';
  if (sepArg !== undefined) {
    const s = asStr(sepArg);
    const sb = s === undefined ? bufferOf(sepArg) : undefined;
    if (s === undefined && sb === undefined) {
      if (typeOf(sepArg).lookup('__len__') === undefined) throw typeError(`object of type '${typeName(sepArg)}' has no len()`);
      throw typeError('sep must be str or bytes.');
    }
    sep = s ?? latin1(sb!);
    if (sep.length !== 1) throw pyErr('ValueError', 'sep must be length 1.');
    if (sep.charCodeAt(0) > 127) throw pyErr('ValueError', 'sep must be ASCII.');
  }
  const digits = Array.from(b, (c) => c.toString(16).padStart(2, '0'));
  if (sep === '' || perSep === 0 || b.length === 0) return digits.join('');
  const k = Math.abs(perSep);
  const groups: string[] = [];
  if (perSep > 0) {
    // Groups counted from the right.
    let first = b.length % k;
    if (first === 0) first = k;
    groups.push(digits.slice(0, first).join(''));
    for (let i = first; i < b.length; i += k) groups.push(digits.slice(i, i + k).join(''));
  } else {
    for (let i = 0; i < b.length; i += k) groups.push(digits.slice(i, i + k).join(''));
  }
  return groups.join(sep);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function fromhex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  for (;;) {
    while (i < n && isSpaceB(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const hi = hexDigit(s.charCodeAt(i));
    if (hi < 0) throw pyErr('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < n ? hexDigit(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw pyErr('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------
// Indexing

function subscriptIndex(key: PyValue, typeLabel: string): number {
  const i = indexOf(key, () => `${typeLabel} indices must be integers or slices, not ${typeName(key)}`);
  if (typeof i === 'number') return i;
  if (i >= 2n ** 63n || i < -(2n ** 63n)) throw pyErr('IndexError', "cannot fit 'int' into an index-sized integer");
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

function bytesGetItem(self: PyValue, key: PyValue): PyValue {
  const b = selfBuf(self);
  const ba = isBytearray(self);
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, b.length);
    let out: Uint8Array;
    if (step === 1) out = b.slice(start, start + n);
    else {
      out = new Uint8Array(n);
      for (let k = 0, i = start; k < n; k++, i += step) out[k] = b[i]!;
    }
    return like(self, out);
  }
  const i = subscriptIndex(key, ba ? 'bytearray' : 'byte');
  const j = i < 0 ? i + b.length : i;
  if (j < 0 || j >= b.length) throw pyErr('IndexError', ba ? 'bytearray index out of range' : 'index out of range');
  return b[j]!;
}

// ---------------------------------------------------------------------------
// % formatting

function bytesPercentArg(v: PyValue): PercentArg {
  const arg = percentArg(v);
  if (arg.kind !== 'other') return arg;
  // A str subclass is no %c argument here, and only non-bytes mappings give %(key)s values.
  delete arg.char;
  delete arg.getItem;
  arg.bytes = () => {
    const b = bufferOf(v);
    if (b !== undefined) return latin1(b);
    const m = lookupSpecial(v, '__bytes__');
    if (m === undefined) return undefined;
    const r = callDescriptor(m, v, []);
    if (!(r instanceof PyBytesValue) || !r.cls.isSubtypeOf(bytesType)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return latin1(r.bytes);
  };
  const t = typeOf(v);
  if (t.lookup('__getitem__') !== undefined && !(v instanceof PyTuple) && !(v instanceof PyBytesValue) && asStr(v) === undefined) {
    arg.getItem = (key: string): PercentArg => bytesPercentArg(getItem(v, newBytes(fromLatin1(key))));
  }
  return arg;
}

function bytesMod(self: PyValue, arg: PyValue): PyValue {
  const args: PercentArgs = arg instanceof PyTuple ? arg.items.map(bytesPercentArg) : bytesPercentArg(arg) as PercentArgs;
  return likeText(self, percentFormatBytes(selfText(self), args));
}

// ---------------------------------------------------------------------------
// Methods shared by bytes and bytearray

function findArgs(q: string, self: PyValue, args: PyValue[], kw: KwArgs | null): [string, string, number | null, number | null] {
  tupleArgs(q, args, kw, 1, 3);
  const start = sliceIndexArg(args[1]);
  const end = sliceIndexArg(args[2]);
  return [selfText(self), subArg(args[0]!), start, end];
}

function affix(q: string, fname: 'startswith' | 'endswith', self: PyValue, args: PyValue[], kw: KwArgs | null): boolean {
  tupleArgs(q, args, kw, 1, 3);
  const s = selfText(self);
  const start = sliceIndexArg(args[1]);
  const end = sliceIndexArg(args[2]);
  const test = fname === 'startswith' ? strStartswith : strEndswith;
  const arg = args[0]!;
  if (arg instanceof PyTuple) {
    for (const x of arg.items) if (test(s, latin1(bufferArg(x)), start, end)) return true;
    return false;
  }
  const b = bufferOf(arg);
  if (b === undefined) throw typeError(`${fname} first arg must be bytes or a tuple of bytes, not ${typeName(arg)}`);
  return test(s, latin1(b), start, end);
}

function fillArg(fname: string, v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  const b = bufferOf(v);
  if (b === undefined || b.length !== 1) throw typeError(`${fname}() argument 2 must be a byte string of length 1, not ${typeName(v)}`);
  return String.fromCharCode(b[0]!);
}

function stripChars(v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  return latin1(bufferArg(v));
}

function splitArgs(fname: string, self: PyValue, args: PyValue[], kw: KwArgs | null): [string, string | null, number] {
  const [sep, maxsplit] = bindNative(fname, ['sep', 'maxsplit'], args, kw);
  const max = maxsplit === undefined ? -1 : ssizeArg(maxsplit);
  const sepText = sep === undefined || sep === None ? null : latin1(bufferArg(sep));
  return [selfText(self), sepText, max];
}

function joinBytes(self: PyValue, iterable: PyValue): PyBytesValue {
  const sep = selfBuf(self);
  const it = getIterOrUndefined(iterable);
  if (it === undefined) throw typeError('can only join an iterable');
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    const b = bufferOf(x);
    if (b === undefined) throw typeError(`sequence item ${parts.length}: expected a bytes-like object, ${typeName(x)} found`);
    parts.push(b);
    total += b.length + (parts.length > 1 ? sep.length : 0);
    checkLength(total);
  }
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) { out.set(sep, at); at += sep.length; }
    out.set(p, at);
    at += p.length;
  });
  return like(self, out);
}

function translateBytes(self: PyValue, args: PyValue[], kw: KwArgs | null): PyBytesValue {
  const [table, del] = bindNative('translate', ['table', 'delete'], args, kw, { required: 1, positionalOnly: 1 });
  let map: Uint8Array | null = null;
  if (table !== None) {
    map = bufferArg(table!);
    if (map.length !== 256) throw pyErr('ValueError', 'translation table must be 256 characters long');
  }
  const deleted = new Set(del === undefined ? [] : bufferArg(del));
  const b = selfBuf(self);
  const out: number[] = [];
  for (const c of b) if (!deleted.has(c)) out.push(map === null ? c : map[c]!);
  return like(self, Uint8Array.from(out));
}

function maketrans(q: string, args: PyValue[], kw: KwArgs | null): PyBytesValue {
  clinicPos(q, args, kw, 2, 2);
  const frm = bufferArg(args[0]!);
  const to = bufferArg(args[1]!);
  if (frm.length !== to.length) throw pyErr('ValueError', 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < frm.length; i++) table[frm[i]!] = to[i]!;
  return newBytes(table);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function bytesRepeat(self: PyValue, n: PyValue): PyBytesValue {
  const b = selfBuf(self);
  const count = repeatCount(n);
  const total = repeatedSize(b.length, count, 'bytes');
  const out = new Uint8Array(total);
  for (let at = 0; at < total; at += b.length) out.set(b, at);
  return like(self, out);
}

function bytesIter(self: PyValue, type: PyType): PyNativeIterator {
  let i = 0;
  const o = self as PyBytesValue;
  return new PyNativeIterator(type, () => {
    if (i < o.bytes.length) return o.bytes[i++]!;
    i = Infinity;
    return undefined;
  }, []);
}

function commonMethods(t: PyType, name: 'bytes' | 'bytearray'): Record<string, MethodFn> {
  const q = (m: string): string => `${name}.${m}`;
  const iterType = iteratorType(`${name}_iterator`);
  const m: Record<string, MethodFn> = {
    __len__: (self) => selfBuf(self).length,
    __getitem__: (self, args) => bytesGetItem(self, args[0]!),
    __iter__: (self) => bytesIter(self, iterType),
    __contains__: (self, args) => {
      const v = args[0]!;
      const s = selfBuf(self);
      const b = bufferOf(v);
      if (b === undefined) {
        if (!hasIndexSlot(v)) throw bytesLikeRequired(v);
        return s.includes(byteValue(v));
      }
      return strFind(latin1(s), latin1(b)) >= 0;
    },
    __add__: (self, args) => {
      const b = bufferOf(args[0]!);
      if (b === undefined) throw typeError(`can't concat ${typeName(args[0]!)} to ${name}`);
      const a = selfBuf(self);
      checkLength(a.length + b.length);
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return like(self, out);
    },
    __mul__: (self, args) => bytesRepeat(self, args[0]!),
    __rmul__: (self, args) => bytesRepeat(self, args[0]!),
    __mod__: (self, args) => bytesMod(self, args[0]!),
    __rmod__: () => NotImplemented,
    __sizeof__: (self, args, kw) => {
      noArgsQ(q('__sizeof__'), args, kw);
      const n = selfBuf(self).length;
      return name === 'bytes' ? 33 + n : 56 + (n === 0 ? 0 : n + 1);
    },
    decode: (self, args, kw) => {
      const [encoding, errors] = bindNative('decode', ['encoding', 'errors'], args, kw);
      const enc = encoding === undefined ? 'utf-8' : strArgNamed('decode', encoding, 'encoding');
      const err = errors === undefined ? 'strict' : strArgNamed('decode', errors, 'errors');
      return decode(selfBuf(self), enc, err);
    },
    hex: (self, args, kw) => {
      const [sep, perSep] = bindNative('hex', ['sep', 'bytes_per_sep'], args, kw);
      return hexOf(selfBuf(self), sep, perSep);
    },
    join: (self, args, kw) => joinBytes(self, oneArgQ(q('join'), args, kw)),
    split: (self, args, kw) => {
      const [s, sep, max] = splitArgs('split', self, args, kw);
      const parts = sep === null ? splitWhitespace(s, max) : strSplit(s, sep, max);
      return new PyList(listType, mapItems(parts, (p) => likeText(self, p)));
    },
    rsplit: (self, args, kw) => {
      const [s, sep, max] = splitArgs('rsplit', self, args, kw);
      const parts = sep === null ? rsplitWhitespace(s, max) : strRsplit(s, sep, max);
      return new PyList(listType, mapItems(parts, (p) => likeText(self, p)));
    },
    splitlines: (self, args, kw) => {
      const [keepends] = bindNative('splitlines', ['keepends'], args, kw);
      const parts = splitlinesBytes(selfText(self), keepends !== undefined && truthy(keepends));
      return new PyList(listType, mapItems(parts, (p) => likeText(self, p)));
    },
    strip: (self, args, kw) => {
      clinicPos(q('strip'), args, kw, 0, 1);
      const c = stripChars(args[0]);
      return likeText(self, c === null ? stripWhitespace(selfText(self), true, true) : strStrip(selfText(self), c));
    },
    lstrip: (self, args, kw) => {
      clinicPos(q('lstrip'), args, kw, 0, 1);
      const c = stripChars(args[0]);
      return likeText(self, c === null ? stripWhitespace(selfText(self), true, false) : strLstrip(selfText(self), c));
    },
    rstrip: (self, args, kw) => {
      clinicPos(q('rstrip'), args, kw, 0, 1);
      const c = stripChars(args[0]);
      return likeText(self, c === null ? stripWhitespace(selfText(self), false, true) : strRstrip(selfText(self), c));
    },
    replace: (self, args, kw) => {
      clinicPos(q('replace'), args, kw, 2, 3);
      const s = selfText(self);
      const old = latin1(bufferArg(args[0]!));
      const rep = latin1(bufferArg(args[1]!));
      const count = args[2] === undefined ? -1 : ssizeArg(args[2]);
      if (old === '' || rep.length > old.length) {
        const n = old === '' ? s.length + 1 : strCount(s, old);
        const k = count < 0 ? n : Math.min(n, count);
        checkLength(s.length + k * (rep.length - old.length));
      }
      return likeText(self, strReplace(s, old, rep, count));
    },
    find: (self, args, kw) => strFind(...findArgs(q('find'), self, args, kw)),
    rfind: (self, args, kw) => strRfind(...findArgs(q('rfind'), self, args, kw)),
    index: (self, args, kw) => {
      const i = strFind(...findArgs(q('index'), self, args, kw));
      if (i < 0) throw pyErr('ValueError', 'subsection not found');
      return i;
    },
    rindex: (self, args, kw) => {
      const i = strRfind(...findArgs(q('rindex'), self, args, kw));
      if (i < 0) throw pyErr('ValueError', 'subsection not found');
      return i;
    },
    count: (self, args, kw) => strCount(...findArgs(q('count'), self, args, kw)),
    startswith: (self, args, kw) => affix(q('startswith'), 'startswith', self, args, kw),
    endswith: (self, args, kw) => affix(q('endswith'), 'endswith', self, args, kw),
    partition: (self, args, kw) => {
      const sep = latin1(bufferArg(oneArgQ(q('partition'), args, kw)));
      const parts = strPartition(selfText(self), sep);
      return new PyTuple(tupleType, mapItems(parts, (p) => likeText(self, p)));
    },
    rpartition: (self, args, kw) => {
      const sep = latin1(bufferArg(oneArgQ(q('rpartition'), args, kw)));
      const parts = strRpartition(selfText(self), sep);
      return new PyTuple(tupleType, mapItems(parts, (p) => likeText(self, p)));
    },
    center: (self, args, kw) => { clinicPos(q('center'), args, kw, 1, 2); return likeText(self, strCenter(selfText(self), widthArg(args[0]!), fillArg('center', args[1]))); },
    ljust: (self, args, kw) => { clinicPos(q('ljust'), args, kw, 1, 2); return likeText(self, strLjust(selfText(self), widthArg(args[0]!), fillArg('ljust', args[1]))); },
    rjust: (self, args, kw) => { clinicPos(q('rjust'), args, kw, 1, 2); return likeText(self, strRjust(selfText(self), widthArg(args[0]!), fillArg('rjust', args[1]))); },
    zfill: (self, args, kw) => likeText(self, strZfill(selfText(self), widthArg(oneArgQ(q('zfill'), args, kw)))),
    expandtabs: (self, args, kw) => {
      const [tabsize] = bindNative('expandtabs', ['tabsize'], args, kw);
      const s = selfText(self);
      const size = tabsize === undefined ? 8 : cIntArg(tabsize);
      if (size > 1) {
        let tabs = 0;
        for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 9) tabs++;
        checkLength(s.length + tabs * (size - 1));
      }
      return likeText(self, strExpandtabs(s, size));
    },
    removeprefix: (self, args, kw) => likeText(self, strRemoveprefix(selfText(self), latin1(bufferArg(oneArgQ(q('removeprefix'), args, kw))))),
    removesuffix: (self, args, kw) => likeText(self, strRemovesuffix(selfText(self), latin1(bufferArg(oneArgQ(q('removesuffix'), args, kw))))),
    translate: (self, args, kw) => translateBytes(self, args, kw),
    upper: (self, args, kw) => { noArgsQ(q('upper'), args, kw); return like(self, mapBytes(selfBuf(self), toUpperB)); },
    lower: (self, args, kw) => { noArgsQ(q('lower'), args, kw); return like(self, mapBytes(selfBuf(self), toLowerB)); },
    swapcase: (self, args, kw) => { noArgsQ(q('swapcase'), args, kw); return like(self, mapBytes(selfBuf(self), (c) => (isLowerB(c) ? c - 32 : isUpperB(c) ? c + 32 : c))); },
    capitalize: (self, args, kw) => { noArgsQ(q('capitalize'), args, kw); return like(self, mapBytes(selfBuf(self), (c, i) => (i === 0 ? toUpperB(c) : toLowerB(c)))); },
    title: (self, args, kw) => { noArgsQ(q('title'), args, kw); return like(self, titleBytes(selfBuf(self))); },
    isalpha: (self, args, kw) => { noArgsQ(q('isalpha'), args, kw); return allBytes(selfBuf(self), isAlphaB); },
    isalnum: (self, args, kw) => { noArgsQ(q('isalnum'), args, kw); return allBytes(selfBuf(self), (c) => isAlphaB(c) || isDigitB(c)); },
    isdigit: (self, args, kw) => { noArgsQ(q('isdigit'), args, kw); return allBytes(selfBuf(self), isDigitB); },
    isspace: (self, args, kw) => { noArgsQ(q('isspace'), args, kw); return allBytes(selfBuf(self), isSpaceB); },
    isascii: (self, args, kw) => { noArgsQ(q('isascii'), args, kw); return selfBuf(self).every((c) => c < 128); },
    islower: (self, args, kw) => {
      noArgsQ(q('islower'), args, kw);
      const b = selfBuf(self);
      return b.some(isLowerB) && !b.some(isUpperB);
    },
    isupper: (self, args, kw) => {
      noArgsQ(q('isupper'), args, kw);
      const b = selfBuf(self);
      return b.some(isUpperB) && !b.some(isLowerB);
    },
    istitle: (self, args, kw) => { noArgsQ(q('istitle'), args, kw); return istitleBytes(selfBuf(self)); },
  };
  for (const [i, op] of ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].entries()) {
    m[op] = (self, args) => {
      const b = bufferOf(args[0]!);
      if (b === undefined) return NotImplemented;
      const c = compareBytes(selfBuf(self), b);
      return [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][i]!;
    };
  }
  void t;
  return m;
}

/** bytearray's repr of its bytes: like bytes' but a single quote is always escaped. */
function bytearrayBytesRepr(b: Uint8Array): string {
  const r = bytesRepr(b);
  if (r[1] !== '"') return r;
  return r.replace(/'/g, "\\'");
}

function widthArg(v: PyValue): number {
  const w = ssizeArg(v);
  checkLength(w);
  return w;
}

defMethods(bytesType, withSlotChecks({
  ...commonMethods(bytesType, 'bytes'),
  __repr__: (self) => bytesRepr(selfBuf(self)),
  __hash__: (self) => normInt(hashBytes(selfBuf(self))),
  __getnewargs__: (self, args, kw) => { noArgsQ('bytes.__getnewargs__', args, kw); return new PyTuple(tupleType, [newBytes(selfBuf(self))]); },
  __bytes__: (self, args, kw) => { noArgsQ('bytes.__bytes__', args, kw); return self instanceof PyBytesValue && self.cls === bytesType ? self : newBytes(selfBuf(self)); },
}));

defMethods(bytearrayType, withSlotChecks({
  ...commonMethods(bytearrayType, 'bytearray'),
  __init__: bytearrayInit,
  __repr__: (self) => `${typeOf(self).name}(${bytearrayBytesRepr(selfBuf(self))})`,
  __setitem__: (self, args) => { bytearraySetItem(self as PyBytesValue, args[0]!, args[1]!); return None; },
  __delitem__: (self, args) => { bytearrayDelItem(self as PyBytesValue, args[0]!); return None; },
  __iadd__: (self, args) => {
    const b = bufferOf(args[0]!);
    if (b === undefined) throw typeError(`can't concat ${typeName(args[0]!)} to bytearray`);
    const o = self as PyBytesValue;
    const add = b.slice();
    const n = o.bytes.length;
    setLength(o, n + add.length);
    o.bytes.set(add, n);
    return self;
  },
  __imul__: (self, args) => {
    const o = self as PyBytesValue;
    const r = bytesRepeat(self, args[0]!);
    o.bytes = r.bytes;
    return self;
  },
  __alloc__: (self, args, kw) => {
    noArgsQ('bytearray.__alloc__', args, kw);
    const n = selfBuf(self).length;
    return n === 0 ? 0 : n + 1;
  },
  append: (self, args, kw) => {
    const v = byteValue(oneArgQ('bytearray.append', args, kw));
    const o = self as PyBytesValue;
    const n = o.bytes.length;
    setLength(o, n + 1);
    o.bytes[n] = v;
    return None;
  },
  extend: (self, args, kw) => {
    const x = oneArgQ('bytearray.extend', args, kw);
    let add: Uint8Array;
    if (bufferOf(x) !== undefined) add = bufferOf(x)!.slice();
    else {
      if (getIterOrUndefined(x) === undefined) throw typeError(`can't extend bytearray with ${typeName(x)}`);
      add = bytesFromObject(x, 'bytearray');
    }
    const o = self as PyBytesValue;
    const n = o.bytes.length;
    setLength(o, n + add.length);
    o.bytes.set(add, n);
    return None;
  },
  insert: (self, args, kw) => {
    clinicPos('bytearray.insert', args, kw, 2, 2);
    const o = self as PyBytesValue;
    let i = ssizeArg(args[0]!);
    const v = byteValue(args[1]!);
    const n = o.bytes.length;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    setLength(o, n + 1);
    o.bytes.copyWithin(i + 1, i, n);
    o.bytes[i] = v;
    return None;
  },
  pop: (self, args, kw) => {
    clinicPos('bytearray.pop', args, kw, 0, 1);
    const o = self as PyBytesValue;
    const n = o.bytes.length;
    let i = args[0] === undefined ? -1 : ssizeArg(args[0]);
    if (n === 0) throw pyErr('IndexError', 'pop from empty bytearray');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw pyErr('IndexError', 'pop index out of range');
    const v = o.bytes[i]!;
    o.bytes.copyWithin(i, i + 1, n);
    setLength(o, n - 1);
    return v;
  },
  remove: (self, args, kw) => {
    const v = byteValue(oneArgQ('bytearray.remove', args, kw));
    const o = self as PyBytesValue;
    const i = o.bytes.indexOf(v);
    if (i < 0) throw pyErr('ValueError', 'value not found in bytearray');
    const n = o.bytes.length;
    o.bytes.copyWithin(i, i + 1, n);
    setLength(o, n - 1);
    return None;
  },
  reverse: (self, args, kw) => { noArgsQ('bytearray.reverse', args, kw); (self as PyBytesValue).bytes.reverse(); return None; },
  clear: (self, args, kw) => { noArgsQ('bytearray.clear', args, kw); (self as PyBytesValue).bytes = new Uint8Array(0); return None; },
  copy: (self, args, kw) => { noArgsQ('bytearray.copy', args, kw); return newBytearray(selfBuf(self)); },
}));
bytearrayType.dict.setStr('__hash__', None);
bytearrayType.invalidate();

for (const t of [bytesType, bytearrayType]) {
  for (const name of ['__add__', '__mul__', '__rmul__']) sequenceSlotMethods.add(t.dict.getStr(name)!);
  t.dict.setStr('fromhex', new PyClassMethod(classmethodType, builtinFunction('fromhex', (args, kw) => {
    oneArgQ(`${t.name}.fromhex`, args.slice(1), kw);
    const cls = args[0] as PyType;
    const s = asStr(args[1]!);
    if (s === undefined) throw typeError(`fromhex() argument must be str, not ${typeName(args[1]!)}`);
    const b = fromhex(s);
    if (cls === bytesType) return newBytes(b);
    if (cls === bytearrayType) return new PyBytesValue(bytearrayType, b);
    return callValue(cls, [cls.isSubtypeOf(bytearrayType) ? new PyBytesValue(bytearrayType, b) : newBytes(b)]);
  })));
  t.dict.setStr('maketrans', new PyStaticMethod(staticmethodType, builtinFunction('maketrans', (args, kw) => maketrans(`${t.name}.maketrans`, args, kw))));
  t.invalidate();
}

// ---------------------------------------------------------------------------
// bytearray item and slice assignment

function bytearraySetItem(o: PyBytesValue, key: PyValue, value: PyValue): void {
  if (key instanceof PySlice) {
    let src: Uint8Array;
    if (value === o) src = o.bytes.slice();
    else if (bufferOf(value) !== undefined) src = bufferOf(value)!.slice();
    else if (hasIndexSlot(value)) throw typeError(`can assign only bytes, buffers, or iterables of ints in range(0, 256)`);
    else if (asStr(value) !== undefined) throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    else src = bytesFromObject(value, 'bytearray');
    const n = o.bytes.length;
    const [start, stop, step, count] = sliceIndices(key, n);
    if (step === 1) {
      const end = Math.max(stop, start);
      const next = new Uint8Array(n - (end - start) + src.length);
      next.set(o.bytes.subarray(0, start));
      next.set(src, start);
      next.set(o.bytes.subarray(end), start + src.length);
      setContents(o, next);
      return;
    }
    if (src.length !== count) {
      throw pyErr('ValueError', `attempt to assign bytes of size ${src.length} to extended slice of size ${count}`);
    }
    for (let k = 0, i = start; k < count; k++, i += step) o.bytes[i] = src[k]!;
    return;
  }
  const i = subscriptIndex(key, 'bytearray');
  const n = o.bytes.length;
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw pyErr('IndexError', 'bytearray index out of range');
  o.bytes[j] = byteValue(value);
}

function bytearrayDelItem(o: PyBytesValue, key: PyValue): void {
  const n = o.bytes.length;
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, n);
    const drop = new Set<number>();
    for (let k = 0, i = start; k < count; k++, i += step) drop.add(i);
    const out: number[] = [];
    o.bytes.forEach((c, i) => { if (!drop.has(i)) out.push(c); });
    setContents(o, Uint8Array.from(out));
    return;
  }
  const i = subscriptIndex(key, 'bytearray');
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw pyErr('IndexError', 'bytearray index out of range');
  o.bytes.copyWithin(j, j + 1, n);
  setLength(o, n - 1);
}

// ---------------------------------------------------------------------------
// str.encode and str(bytes, encoding, errors)

setStrEncode((s, encoding, errors) => newBytes(encode(s, encoding, errors)));
setStrDecode((obj, encoding, errors) => {
  const b = bufferOf(obj);
  if (b === undefined) {
    if (asStr(obj) !== undefined) throw typeError('decoding str is not supported');
    throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  }
  return decode(b, encoding, errors);
});

