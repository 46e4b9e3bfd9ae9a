// str: JS strings indexed by code point. The algorithms live in
// runtime/str-*.ts; this file adapts them to Python arguments and errors
// (Objects/unicodeobject.c and its Argument Clinic signatures).
import {
  type KwArgs, PyBoxed, PyDict, PyException, PyFloat, floatTypeRef, PyList, PyNativeIterator, PySlice, PyStaticMethod, PyTuple, PyType, type PyValue,
} from './object.js';
import { None, NotImplemented, excType, iteratorType, listType, newDict, staticmethodType, strType, tupleType, typeOf } from './types.js';
import { pyErr, typeError } from './errors.js';
import {
  asStr, callSpecial, getItem, getIterOrUndefined, isSubtype, iterNext, repr, str, strObject, strSubscript, truthy, typeName, compareStr, compareResult
} from './protocols.js';
import { builtinFunction, defMethods, type MethodFn, bindNative } from './call.js';
import { indexOf, sliceIndices } from './slice.js';
import { big, normInt } from './int-ops.js';
import { intToFloat } from '../runtime/numeric.js';
import { floatTruncToInt } from './float.js';
import { hashStr } from '../runtime/hash.js';
import { asciiOfRepr, strRepr } from '../runtime/str-repr.js';
import { codePoints, cpLength, isPlain } from '../runtime/str-index.js';
import {
  strContains, strCount, strEndswith, strFind, strIndex, strLstrip, strPartition, strReplace, strRfind, strRindex,
  strRpartition, strRsplit, strRstrip, strSplit, strSplitlines, strStartswith, strStrip,
} from '../runtime/str-methods.js';
import {
  strCenter, strExpandtabs, strLjust, strRemoveprefix, strRemovesuffix, strRjust, strZfill,
} from '../runtime/str-pad.js';
import * as strCase from '../runtime/str-case.js';
import { formatStr } from '../runtime/format-spec.js';
import { percentFormat } from '../runtime/percent-format.js';
import type { PercentArg, PercentArgs } from '../runtime/percent-convert.js';
import { strFormat } from './str-format.js';
import { intOf } from './number-arith.js';
import { sequenceSlotMethods } from './operators.js';
import {
  MAX_STR_LENGTH, argTypeName, cIntArg, checkLength, clinicPos, noArgsQ, noKwQ, oneArgQ, repeatCount, repeatedSize, sliceIndexArg,
  ssizeArg, tupleArgs, withSlotChecks,
} from './str-args.js';

export function selfStr(self: PyValue): string {
  const s = asStr(self);
  if (s === undefined) throw typeError(`descriptor requires a 'str' object but received '${typeName(self)}'`);
  return s;
}

/** A str argument checked by Argument Clinic's `unicode` converter. */
function clinicStr(fname: string, v: PyValue, pos: number | string): string {
  const s = asStr(v);
  if (s === undefined) {
    const where = typeof pos === 'string' ? `'${pos}'` : pos === 0 ? '' : String(pos);
    throw typeError(`${fname}() argument ${where}${where === '' ? '' : ' '}must be str, not ${argTypeName(v)}`);
  }
  return s;
}

/** The substring argument of find, count, partition...: "must be str, not int". */
function subArg(v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`must be str, not ${typeName(v)}`);
  return s;
}

/** __new__ called directly (tp_new_wrapper): its first argument must be a subtype. */
export function checkNewType(owner: PyType, args: PyValue[]): PyType {
  if (args.length === 0) throw typeError(`${owner.name}.__new__(): not enough arguments`);
  const cls = args[0]!;
  if (!(cls instanceof PyType)) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(owner)) throw typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  return cls;
}

/** A str subclass instance (with its __dict__ when the class has one). */
export function boxStr(cls: PyType, s: string): PyBoxed {
  const o = new PyBoxed(cls, s);
  if (cls.hasInstanceDict) o.dict = newDict();
  return o;
}

/** str(obj) / str(bytes, encoding, errors) */
// str(x): strNew's answer for one positional argument.
strType.callOne = strObject;

function strNew(cls: PyType, args: PyValue[], kw: KwArgs | null): PyValue {
  const [obj, encoding, errors] = bindNative('str', ['object', 'encoding', 'errors'], args, kw);
  const enc = encoding === undefined ? undefined : clinicStr('str', encoding, 'encoding');
  const err = errors === undefined ? undefined : clinicStr('str', errors, 'errors');
  let s: string;
  if (obj === undefined) s = '';
  else if (enc === undefined && err === undefined) {
    // A str subclass instance from __str__ stays one (unicode_new returns PyObject_Str's result).
    if (cls === strType) return strObject(obj);
    s = str(obj);
  } else s = decodeHook(obj, enc, err);
  if (cls === strType) return s;
  return boxStr(cls, s);
}

let decodeHook: (obj: PyValue, encoding: string | undefined, errors: string | undefined) => string = () => {
  throw typeError('decoding str is not supported');
};
/** Installed by bytes.ts: str(obj, encoding, errors). */
export function setStrDecode(f: typeof decodeHook): void {
  decodeHook = f;
}

let encodeHook: (s: string, encoding: string | undefined, errors: string | undefined) => PyValue = () => {
  throw typeError('str.encode is not available');
};
/** Installed by bytes.ts: str.encode. */
export function setStrEncode(f: typeof encodeHook): void {
  encodeHook = f;
}

strType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  const cls = checkNewType(strType, args);
  return strNew(cls, args.slice(1), kw);
})));
strType.makeInstance = (cls) => new PyBoxed(cls, '');

// ---------------------------------------------------------------------------
// % formatting

export function percentArg(v: PyValue): PercentArg {
  if (typeof v === 'string') return { kind: 'str', value: v };
  if (typeof v === 'number') return { kind: 'int', value: BigInt(v) };
  if (typeof v === 'bigint') return { kind: 'int', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v === None) return { kind: 'none' };
  if (v instanceof PyFloat && v.cls === floatTypeRef.type) return { kind: 'float', value: v.value };
  const t = typeOf(v);
  const obj: PercentArg = {
    kind: 'other',
    typeName: t.name,
    get str() { return str(v); },
    get repr() { return repr(v); },
    get ascii() { return asciiOfRepr(repr(v)); },
  };
  const i = intOf(v);
  if (i !== undefined) {
    obj.index = () => BigInt(i);
    obj.int = () => BigInt(i);
    obj.float = () => intToFloat(BigInt(i));
  } else if (v instanceof PyFloat) {
    obj.int = () => { try { return big(floatTruncToInt(v.value)); } catch (e) { return undefinedOnTypeError(e); } };
    obj.float = () => v.value;
  } else {
    const hasIndex = t.lookup('__index__') !== undefined;
    const hasInt = t.lookup('__int__') !== undefined;
    const hasFloat = t.lookup('__float__') !== undefined;
    if (hasIndex) obj.index = () => { try { return big(indexOf(v)); } catch (e) { return undefinedOnTypeError(e); } };
    if (hasIndex || hasInt || hasFloat) obj.int = () => numberToInt(v);
    if (hasIndex || hasFloat) obj.float = () => numberToFloat(v);
  }
  const s = asStr(v);
  if (s !== undefined) obj.char = s;
  // PyMapping_Check: a `%(key)s` source (tuples and strs are not).
  if (t.lookup('__getitem__') !== undefined && !(v instanceof PyTuple) && s === undefined) {
    obj.getItem = (key: string): PercentArg => percentArg(getItem(v, key));
  }
  return obj;
}

function undefinedOnTypeError(e: unknown): undefined {
  if (e instanceof PyException && e.cls.isSubtypeOf(excType('TypeError'))) return undefined;
  throw e;
}

/** PyNumber_Long for %d: __int__, then __index__, then __trunc__; undefined on TypeError. */
function numberToInt(v: PyValue): bigint | undefined {
  try {
    for (const name of ['__int__', '__index__', '__trunc__']) {
      const r = callSpecial(v, name, []);
      if (r === undefined) continue;
      const i = intOf(r);
      if (i === undefined) throw typeError(`${name} returned non-int (type ${typeName(r)})`);
      return big(i);
    }
    return undefined;
  } catch (e) {
    return undefinedOnTypeError(e);
  }
}

/** PyFloat_AsDouble for %f: __float__, then __index__. */
function numberToFloat(v: PyValue): number | undefined {
  const f = callSpecial(v, '__float__', []);
  if (f !== undefined) {
    if (!(f instanceof PyFloat)) throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(f)})`);
    return f.value;
  }
  return intToFloat(big(indexOf(v)));
}

function percentArgs(v: PyValue): PercentArgs {
  if (v instanceof PyTuple) return v.items.map(percentArg);
  return percentArg(v) as PercentArgs;
}

function strMod(self: PyValue, arg: PyValue): PyValue {
  const s = selfStr(self);
  const out = percentFormat(s, percentArgs(arg));
  // CPython hands back the format object itself when nothing was substituted.
  if (out === s && !s.includes('%') && s !== '') return self;
  return out;
}

// ---------------------------------------------------------------------------
// Methods

function joinItems(sep: string, iterable: PyValue): string {
  // An exact list or tuple: its items as they are (no iterator), as CPython's PySequence_Fast.
  if (typeof iterable === 'object' && (iterable.cls === listType || iterable.cls === tupleType)) {
    const items = (iterable as PyList | PyTuple).items;
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const x = items[i]!;
      if (typeof x !== 'string') return joinGeneric(sep, iterable);
      total += x.length + sep.length;
    }
    checkLength(total);
    return (items as string[]).join(sep);
  }
  return joinGeneric(sep, iterable);
}

function joinGeneric(sep: string, iterable: PyValue): string {
  const it = getIterOrUndefined(iterable);
  if (it === undefined) throw typeError('can only join an iterable');
  const parts: string[] = [];
  let total = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    const s = asStr(x);
    if (s === undefined) throw typeError(`sequence item ${parts.length}: expected str instance, ${typeName(x)} found`);
    parts.push(s);
    total += s.length + sep.length;
    checkLength(total);
  }
  return parts.join(sep);
}

function fillArg(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  const s = asStr(v);
  if (s === undefined) throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  if (cpLength(s) !== 1) throw typeError('The fill character must be exactly one character long');
  return s;
}

function widthArg(v: PyValue): number {
  const w = ssizeArg(v);
  checkLength(w);
  return w;
}

function stripArg(fname: string, v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  const s = asStr(v);
  if (s === undefined) throw typeError(`${fname} arg must be None or str`);
  return s;
}

function splitArgs(fname: string, self: PyValue, args: PyValue[], kw: KwArgs | null): [string, string | null, number] {
  const [sep, maxsplit] = bindNative(fname, ['sep', 'maxsplit'], args, kw);
  const max = maxsplit === undefined ? -1 : ssizeArg(maxsplit);
  let sepStr: string | null = null;
  if (sep !== undefined && sep !== None) {
    sepStr = asStr(sep) ?? null;
    if (sepStr === null) throw typeError(`must be str or None, not ${typeName(sep)}`);
  }
  return [selfStr(self), sepStr, max];
}

/** find/rfind/index/rindex/count: PyArg_ParseTuple("O|OO"), slice indices, then the str check. */
function findArgs(fname: string, self: PyValue, args: PyValue[], kw: KwArgs | null): [string, string, number | null, number | null] {
  tupleArgs(`str.${fname}`, args, kw, 1, 3);
  const start = sliceIndexArg(args[1]);
  const end = sliceIndexArg(args[2]);
  return [selfStr(self), subArg(args[0]!), start, end];
}

function affixMatch(fname: 'startswith' | 'endswith', self: PyValue, args: PyValue[], kw: KwArgs | null): boolean {
  tupleArgs(`str.${fname}`, args, kw, 1, 3);
  const s = selfStr(self);
  const start = sliceIndexArg(args[1]);
  const end = sliceIndexArg(args[2]);
  const test = fname === 'startswith' ? strStartswith : strEndswith;
  const arg = args[0]!;
  if (arg instanceof PyTuple) {
    for (const x of arg.items) {
      const p = asStr(x);
      if (p === undefined) throw typeError(`tuple for ${fname} must only contain str, not ${typeName(x)}`);
      if (test(s, p, start, end)) return true;
    }
    return false;
  }
  const p = asStr(arg);
  if (p === undefined) throw typeError(`${fname} first arg must be str or a tuple of str, not ${typeName(arg)}`);
  return test(s, p, start, end);
}

function strIter(s: string): PyNativeIterator {
  const ascii = strCase.isascii(s);
  // Where code units are code points the characters are read from the string itself, with no array of them made.
  const cps: ArrayLike<string> = ascii || isPlain(s) ? s : codePoints(s);
  let i = 0;
  return new PyNativeIterator(iteratorType(ascii ? 'str_ascii_iterator' : 'str_iterator'), () => {
    if (i < cps.length) return cps[i++]!;
    i = Infinity;
    return undefined;
  }, null, () => ({ of: s, taken: Number.isFinite(i) ? i : cps.length }));
}

/** CPython's __sizeof__ of a compact str: ASCII, Latin-1, UCS-2 or UCS-4 storage. */
function strSizeof(s: string): number {
  let max = 0;
  for (const ch of s) max = Math.max(max, ch.codePointAt(0)!);
  const n = cpLength(s);
  if (max < 0x80) return 40 + n + 1;
  if (max < 0x100) return 56 + n + 1;
  if (max < 0x10000) return 56 + 2 * (n + 1);
  return 56 + 4 * (n + 1);
}

export function strRepeat(s: string, n: PyValue): string {
  const count = repeatCount(n);
  const total = repeatedSize(s.length, count, 'string');
  if (total === 0) return '';
  return s.repeat(Number(count));
}

const methods: Record<string, MethodFn> = {
  __repr__: (self) => strRepr(selfStr(self)),
  __str__: (self) => selfStr(self),
  __hash__: (self) => normInt(hashStr(selfStr(self))),
  __len__: (self) => cpLength(selfStr(self)),
  __sizeof__: (self, args, kw) => { noArgsQ('str.__sizeof__', args, kw); return strSizeof(selfStr(self)); },
  __contains__: (self, args) => {
    const sub = asStr(args[0]!);
    if (sub === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[0]!)}`);
    const s = selfStr(self);
    return strContains(s, sub);
  },
  __add__: (self, args) => {
    const o = asStr(args[0]!);
    if (o === undefined) throw typeError(`can only concatenate str (not "${typeName(args[0]!)}") to str`);
    const s = selfStr(self);
    checkLength(s.length + o.length);
    return s + o;
  },
  __mul__: (self, args) => strRepeat(selfStr(self), args[0]!),
  __rmul__: (self, args) => strRepeat(selfStr(self), args[0]!),
  __mod__: (self, args) => strMod(self, args[0]!),
  __rmod__: () => NotImplemented,
  __getitem__: (self, args) => strGetItem(selfStr(self), args[0]!),
  __iter__: (self) => strIter(selfStr(self)),
  __format__: (self, args, kw) => {
    const spec = asStr(oneArgQ('str.__format__', args, kw));
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(args[0]!)}`);
    // An empty spec on a subclass instance means str(self) (format_obj).
    if (spec === '' && typeof self !== 'string') return str(self);
    return formatStr(selfStr(self), spec);
  },
  __getnewargs__: (self, args, kw) => { noArgsQ('str.__getnewargs__', args, kw); return new PyTuple(tupleType, [selfStr(self)]); },
  join: (self, args, kw) => joinItems(selfStr(self), oneArgQ('str.join', args, kw)),
  split: (self, args, kw) => {
    const [s, sep, max] = splitArgs('split', self, args, kw);
    return new PyList(listType, strSplit(s, sep, max));
  },
  rsplit: (self, args, kw) => {
    const [s, sep, max] = splitArgs('rsplit', self, args, kw);
    return new PyList(listType, strRsplit(s, sep, max));
  },
  splitlines: (self, args, kw) => {
    const [keepends] = bindNative('splitlines', ['keepends'], args, kw);
    return new PyList(listType, strSplitlines(selfStr(self), keepends !== undefined && keepEnds(keepends)));
  },
  strip: (self, args, kw) => { clinicPos('str.strip', args, kw, 0, 1); return strStrip(selfStr(self), stripArg('strip', args[0])); },
  lstrip: (self, args, kw) => { clinicPos('str.lstrip', args, kw, 0, 1); return strLstrip(selfStr(self), stripArg('lstrip', args[0])); },
  rstrip: (self, args, kw) => { clinicPos('str.rstrip', args, kw, 0, 1); return strRstrip(selfStr(self), stripArg('rstrip', args[0])); },
  replace: (self, args, kw) => {
    clinicPos('str.replace', args, kw, 2, 3);
    const s = selfStr(self);
    const old = clinicStr('replace', args[0]!, 1);
    const rep = clinicStr('replace', args[1]!, 2);
    const count = args[2] === undefined ? -1 : ssizeArg(args[2]);
    if (old === '' || rep.length > old.length) {
      // Bound the result before building it.
      const n = old === '' ? cpLength(s) + 1 : strCount(s, old);
      const k = count < 0 ? n : Math.min(n, count);
      checkLength(s.length + k * (rep.length - old.length));
    }
    return strReplace(s, old, rep, count);
  },
  find: (self, args, kw) => strFind(...findArgs('find', self, args, kw)),
  rfind: (self, args, kw) => strRfind(...findArgs('rfind', self, args, kw)),
  index: (self, args, kw) => strIndex(...findArgs('index', self, args, kw)),
  rindex: (self, args, kw) => strRindex(...findArgs('rindex', self, args, kw)),
  count: (self, args, kw) => strCount(...findArgs('count', self, args, kw)),
  startswith: (self, args, kw) => affixMatch('startswith', self, args, kw),
  endswith: (self, args, kw) => affixMatch('endswith', self, args, kw),
  partition: (self, args, kw) => {
    const sep = subArg(oneArgQ('str.partition', args, kw));
    const parts: PyValue[] = strPartition(selfStr(self), sep);
    if (parts[1] === '') parts[0] = self;
    return new PyTuple(tupleType, parts);
  },
  rpartition: (self, args, kw) => {
    const sep = subArg(oneArgQ('str.rpartition', args, kw));
    const parts: PyValue[] = strRpartition(selfStr(self), sep);
    if (parts[1] === '') parts[2] = self;
    return new PyTuple(tupleType, parts);
  },
  center: (self, args, kw) => { clinicPos('str.center', args, kw, 1, 2); return strCenter(selfStr(self), widthArg(args[0]!), fillArg(args[1])); },
  ljust: (self, args, kw) => { clinicPos('str.ljust', args, kw, 1, 2); return strLjust(selfStr(self), widthArg(args[0]!), fillArg(args[1])); },
  rjust: (self, args, kw) => { clinicPos('str.rjust', args, kw, 1, 2); return strRjust(selfStr(self), widthArg(args[0]!), fillArg(args[1])); },
  zfill: (self, args, kw) => strZfill(selfStr(self), widthArg(oneArgQ('str.zfill', args, kw))),
  expandtabs: (self, args, kw) => {
    const [tabsize] = bindNative('expandtabs', ['tabsize'], args, kw);
    const s = selfStr(self);
    const size = tabsize === undefined ? 8 : cIntArg(tabsize);
    if (size > 1 && s.includes('\t')) {
      let tabs = 0;
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 9) tabs++;
      checkLength(s.length + tabs * (size - 1));
    }
    return strExpandtabs(s, size);
  },
  removeprefix: (self, args, kw) => strRemoveprefix(selfStr(self), clinicStr('removeprefix', oneArgQ('str.removeprefix', args, kw), 0)),
  removesuffix: (self, args, kw) => strRemovesuffix(selfStr(self), clinicStr('removesuffix', oneArgQ('str.removesuffix', args, kw), 0)),
  format: (self, args, kw) => strFormatResult(self, strFormat(selfStr(self), args, kw)),
  format_map: (self, args, kw) => strFormatResult(self, strFormat(selfStr(self), [], null, oneArgQ('str.format_map', args, kw))),
  encode: (self, args, kw) => {
    const [encoding, errors] = bindNative('encode', ['encoding', 'errors'], args, kw);
    const enc = encoding === undefined ? undefined : clinicStr('encode', encoding, 'encoding');
    const err = errors === undefined ? undefined : clinicStr('encode', errors, 'errors');
    return encodeHook(selfStr(self), enc, err);
  },
  translate: (self, args, kw) => translate(selfStr(self), oneArgQ('str.translate', args, kw)),
};

/** str.format with no replacement field hands back the format object itself. */
function strFormatResult(self: PyValue, out: string): PyValue {
  const s = selfStr(self);
  return out === s && s !== '' && !s.includes('{') && !s.includes('}') ? self : out;
}

function keepEnds(v: PyValue): boolean {
  return truthy(v);
}

for (const name of ['upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title'] as const) {
  const qual = `str.${name}`;
  const f = strCase[name];
  methods[name] = (self, args, kw) => { noArgsQ(qual, args, kw); return f(selfStr(self)); };
}
for (const name of [
  'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isprintable', 'isascii', 'isupper',
  'islower', 'istitle', 'isidentifier',
] as const) {
  const qual = `str.${name}`;
  const f = strCase[name];
  methods[name] = (self, args, kw) => { noArgsQ(qual, args, kw); return f(selfStr(self)); };
}
defMethods(strType, withSlotChecks(methods));
for (const [i, name] of ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].entries()) {
  defMethods(strType, withSlotChecks({
    [name]: (self, args) => {
      const a = selfStr(self);
      const b = asStr(args[0]!);
      if (b === undefined) return NotImplemented;
      const c = a === b ? 0 : compareStr(a, b);
      return compareResult(c, i);
    },
  }));
}
for (const name of ['__add__', '__mul__', '__rmul__']) sequenceSlotMethods.add(strType.dict.getStr(name)!);

/** A subscript index as a Py_ssize_t: IndexError when it does not fit. */
function subscriptIndex(key: PyValue, what: () => string): number {
  const i = indexOf(key, what);
  if (typeof i === 'number') return i;
  if (i >= 2n ** 63n || i < -(2n ** 63n)) throw pyErr('IndexError', "cannot fit 'int' into an index-sized integer");
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

strSubscript.get = strGetItem;

export function strGetItem(s: string, key: PyValue): string {
  const plain = isPlain(s);
  if (key instanceof PySlice) {
    const cps = plain ? null : codePoints(s);
    const len = cps === null ? s.length : cps.length;
    const [start, stop, step, n] = sliceIndices(key, len);
    if (step === 1) return cps === null ? s.slice(start, stop) : cps.slice(start, stop).join('');
    let out = '';
    for (let k = 0, i = start; k < n; k++, i += step) out += cps === null ? s[i] : cps[i];
    return out;
  }
  const i = subscriptIndex(key, () => `string indices must be integers, not '${typeName(key)}'`);
  if (plain) {
    const j = i < 0 ? i + s.length : i;
    if (j < 0 || j >= s.length) throw pyErr('IndexError', 'string index out of range');
    return s[j]!;
  }
  const cps = codePoints(s);
  const j = i < 0 ? i + cps.length : i;
  if (j < 0 || j >= cps.length) throw pyErr('IndexError', 'string index out of range');
  return cps[j]!;
}

// ---------------------------------------------------------------------------
// translate / maketrans

function isLookupError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && isSubtype(e as PyValue, pyErr('LookupError').cls);
}

function translate(s: string, table: PyValue): string {
  let out = '';
  const cache = new Map<number, string | null>();
  for (const ch of codePoints(s)) {
    const cp = ch.codePointAt(0)!;
    let mapped = cache.get(cp);
    if (mapped === undefined) {
      let r: PyValue;
      try {
        r = getItem(table, cp);
      } catch (e) {
        if (!isLookupError(e)) throw e;
        cache.set(cp, ch);
        out += ch;
        continue;
      }
      if (r === None) mapped = null;
      else {
        const i = intOf(r);
        if (i !== undefined) {
          if (typeof i !== 'number' || i < 0 || i > 0x10ffff) throw pyErr('ValueError', 'character mapping must be in range(0x110000)');
          mapped = String.fromCodePoint(i);
        } else {
          const rs = asStr(r);
          if (rs === undefined) throw typeError('character mapping must return integer, None or str');
          mapped = rs;
        }
      }
      cache.set(cp, mapped);
    }
    if (mapped !== null) {
      out += mapped;
      if (out.length > MAX_STR_LENGTH) throw pyErr('MemoryError');
    }
  }
  return out;
}

strType.dict.setStr('maketrans', new PyStaticMethod(staticmethodType, builtinFunction('maketrans', (args, kw) => {
  clinicPos('str.maketrans', args, kw, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const m = args[0]!;
    if (!(m instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of m.entries()) {
      const ks = asStr(k);
      if (ks !== undefined) {
        if (cpLength(ks) !== 1) throw pyErr('ValueError', 'string keys in translate table must be of length 1');
        d.set(ks.codePointAt(0)!, v);
      } else if (intOf(k) !== undefined) {
        d.set(k, v);
      } else {
        throw typeError('keys in translate table must be strings or integers');
      }
    }
    return d;
  }
  const y = clinicStr('maketrans', args[1]!, 2);
  const z = args[2] === undefined ? undefined : clinicStr('maketrans', args[2], 3);
  const x = asStr(args[0]!);
  if (x === undefined) throw typeError('first maketrans argument must be a string if there is a second argument');
  const xs = codePoints(x);
  const ys = codePoints(y);
  if (xs.length !== ys.length) throw pyErr('ValueError', 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) d.set(xs[i]!.codePointAt(0)!, ys[i]!.codePointAt(0)!);
  if (z !== undefined) for (const ch of codePoints(z)) d.set(ch.codePointAt(0)!, None);
  return d;
})));
strType.invalidate();

export { noKwQ };
