// str: JS strings indexed by code point. The algorithms live in
// runtime/str-*.ts; this file adapts them to Python arguments and errors.
import { type KwArgs, PyBoxed, PyList, PyNativeIterator, PySlice, PyTuple, PyType, type PyValue, PyStaticMethod, PyDict } from './object.js';
import { None, NotImplemented, iteratorType, listType, staticmethodType, strType, tupleType, typeOf } from './types.js';
import { pyErr, typeError } from './errors.js';
import { asStr, repr, str, toArray, typeName, getItem, isSubtype } from './protocols.js';
import { argRange, bindNative, builtinFunction, defMethods, noArgs, oneArg, type MethodFn } from './call.js';
import { indexNumber, sliceIndices } from './slice.js';
import { normInt } from './int-ops.js';
import { hashStr } from '../runtime/hash.js';
import { asciiOfRepr, strRepr } from '../runtime/str-repr.js';
import { codePoints, cpLength, isPlain } from '../runtime/str-index.js';
import {
  strCount, strEndswith, strFind, strIndex, strJoin, strLstrip, strPartition, strReplace, strRfind, strRindex,
  strRpartition, strRsplit, strRstrip, strSplit, strSplitlines, strStartswith, strStrip, type NonStr,
} from '../runtime/str-methods.js';
import {
  strCenter, strExpandtabs, strLjust, strRemoveprefix, strRemovesuffix, strRjust, strZfill,
} from '../runtime/str-pad.js';
import * as strCase from '../runtime/str-case.js';
import { formatStr } from '../runtime/format-spec.js';
import { percentFormat } from '../runtime/percent-format.js';
import type { PercentArg, PercentArgs } from '../runtime/percent-convert.js';
import { MAX_SEQUENCE } from './list.js';
import { strFormat } from './str-format.js';
import { PyFloat } from './object.js';
import { intOf } from './number-arith.js';

export function selfStr(self: PyValue): string {
  const s = asStr(self);
  if (s === undefined) throw typeError(`descriptor requires a 'str' object but received '${typeName(self)}'`);
  return s;
}

function strArg(fname: string, v: PyValue, pos = 1): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`${fname}() argument ${pos} must be str, not ${typeName(v)}`);
  return s;
}

function optIndex(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  return indexNumber(v, () => 'slice indices must be integers or None or have an __index__ method');
}

function optStr(fname: string, v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  return strArg(fname, v);
}

/** str(obj) / str(bytes, encoding, errors) */
function strNew(cls: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  const [obj, encoding, errors] = bindNative('str', ['object', 'encoding', 'errors'], args, kw);
  let s: string;
  if (obj === undefined) s = '';
  else if (encoding === undefined && errors === undefined) s = str(obj);
  else s = decodeForStr(obj, encoding, errors);
  if (cls === strType) return s;
  return new PyBoxed(cls as PyType, s);
}

let decodeHook: (obj: PyValue, encoding: PyValue | undefined, errors: PyValue | undefined) => string = () => {
  throw typeError('decoding str is not supported');
};
export function setStrDecode(f: typeof decodeHook): void {
  decodeHook = f;
}
function decodeForStr(obj: PyValue, encoding: PyValue | undefined, errors: PyValue | undefined): string {
  return decodeHook(obj, encoding, errors);
}

strType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => strNew(args[0]!, args.slice(1), kw))));
strType.makeInstance = (cls) => new PyBoxed(cls, '');

function percentArg(v: PyValue): PercentArg {
  if (typeof v === 'string') return { kind: 'str', value: v };
  if (typeof v === 'number') return { kind: 'int', value: BigInt(v) };
  if (typeof v === 'bigint') return { kind: 'int', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v === None) return { kind: 'none' };
  if (v instanceof PyFloat) return { kind: 'float', value: v.value };
  const i = intOf(v);
  if (i !== undefined) return { kind: 'int', value: BigInt(i) };
  const t = typeOf(v);
  const hasGetitem = t.lookup('__getitem__') !== undefined && !(v instanceof PyTuple);
  const obj: PercentArg = {
    kind: 'other',
    typeName: t.name,
    get str() { return str(v); },
    get repr() { return repr(v); },
    get ascii() { return asciiOfRepr(repr(v)); },
  };
  if (hasGetitem) obj.getItem = (key: string): PercentArg => percentArg(getItem(v, key));
  return obj;
}

function percentArgs(v: PyValue): PercentArgs {
  if (v instanceof PyTuple) return v.items.map(percentArg);
  return percentArg(v) as PercentArgs;
}

const nonStr = (v: PyValue): string | NonStr => (typeof v === 'string' ? v : asStr(v) ?? { pyTypeName: typeName(v) });

const methods: Record<string, MethodFn> = {
  __repr__: (self) => strRepr(selfStr(self)),
  __str__: (self) => selfStr(self),
  __hash__: (self) => normInt(hashStr(selfStr(self))),
  __len__: (self) => cpLength(selfStr(self)),
  __contains__: (self, args) => {
    const sub = asStr(args[0]!);
    if (sub === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[0]!)}`);
    return selfStr(self).includes(sub);
  },
  __add__: (self, args) => {
    const o = asStr(args[0]!);
    if (o === undefined) throw typeError(`can only concatenate str (not "${typeName(args[0]!)}") to str`);
    return selfStr(self) + o;
  },
  __mul__: (self, args) => repeat(selfStr(self), args[0]!),
  __rmul__: (self, args) => repeat(selfStr(self), args[0]!),
  __mod__: (self, args) => percentFormat(selfStr(self), percentArgs(args[0]!)),
  __rmod__: () => NotImplemented,
  __getitem__: (self, args) => strGetItem(selfStr(self), args[0]!),
  __iter__: (self) => {
    const cps = codePoints(selfStr(self));
    let i = 0;
    return new PyNativeIterator(iteratorType('str_ascii_iterator'), () => (i < cps.length ? cps[i++]! : undefined));
  },
  __format__: (self, args) => formatStr(selfStr(self), strArg('format', args[0]!)),
  __getnewargs__: (self) => new PyTuple(tupleType, [selfStr(self)]),
  join: (self, args, kw) => strJoin(selfStr(self), toArray(oneArg('join', args, kw)).map(nonStr)),
  split: (self, args, kw) => {
    const [sep, maxsplit] = bindNative('split', ['sep', 'maxsplit'], args, kw);
    const parts = strSplit(selfStr(self), optStr('split', sep), maxsplit === undefined ? -1 : indexNumber(maxsplit));
    return new PyList(listType, parts);
  },
  rsplit: (self, args, kw) => {
    const [sep, maxsplit] = bindNative('rsplit', ['sep', 'maxsplit'], args, kw);
    const parts = strRsplit(selfStr(self), optStr('rsplit', sep), maxsplit === undefined ? -1 : indexNumber(maxsplit));
    return new PyList(listType, parts);
  },
  splitlines: (self, args, kw) => {
    const [keepends] = bindNative('splitlines', ['keepends'], args, kw);
    return new PyList(listType, strSplitlines(selfStr(self), keepends !== undefined && keepends !== false && keepends !== 0));
  },
  strip: (self, args, kw) => { argRange('strip', args, kw, 0, 1); return strStrip(selfStr(self), optStr('strip', args[0])); },
  lstrip: (self, args, kw) => { argRange('lstrip', args, kw, 0, 1); return strLstrip(selfStr(self), optStr('lstrip', args[0])); },
  rstrip: (self, args, kw) => { argRange('rstrip', args, kw, 0, 1); return strRstrip(selfStr(self), optStr('rstrip', args[0])); },
  replace: (self, args, kw) => {
    argRange('replace', args, kw, 2, 3);
    return strReplace(selfStr(self), strArg('replace', args[0]!, 1), strArg('replace', args[1]!, 2), args[2] === undefined ? -1 : indexNumber(args[2]));
  },
  find: (self, args, kw) => { argRange('find', args, kw, 1, 3); return strFind(selfStr(self), strArg('find', args[0]!), optIndex(args[1]), optIndex(args[2])); },
  rfind: (self, args, kw) => { argRange('rfind', args, kw, 1, 3); return strRfind(selfStr(self), strArg('rfind', args[0]!), optIndex(args[1]), optIndex(args[2])); },
  index: (self, args, kw) => { argRange('index', args, kw, 1, 3); return strIndex(selfStr(self), strArg('index', args[0]!), optIndex(args[1]), optIndex(args[2])); },
  rindex: (self, args, kw) => { argRange('rindex', args, kw, 1, 3); return strRindex(selfStr(self), strArg('rindex', args[0]!), optIndex(args[1]), optIndex(args[2])); },
  count: (self, args, kw) => { argRange('count', args, kw, 1, 3); return strCount(selfStr(self), strArg('count', args[0]!), optIndex(args[1]), optIndex(args[2])); },
  startswith: (self, args, kw) => {
    argRange('startswith', args, kw, 1, 3);
    return strStartswith(selfStr(self), prefixArg('startswith', args[0]!), optIndex(args[1]), optIndex(args[2]));
  },
  endswith: (self, args, kw) => {
    argRange('endswith', args, kw, 1, 3);
    return strEndswith(selfStr(self), prefixArg('endswith', args[0]!), optIndex(args[1]), optIndex(args[2]));
  },
  partition: (self, args, kw) => new PyTuple(tupleType, strPartition(selfStr(self), strArg('partition', oneArg('partition', args, kw)))),
  rpartition: (self, args, kw) => new PyTuple(tupleType, strRpartition(selfStr(self), strArg('rpartition', oneArg('rpartition', args, kw)))),
  center: (self, args, kw) => { argRange('center', args, kw, 1, 2); return strCenter(selfStr(self), indexNumber(args[0]!), fillArg('center', args[1])); },
  ljust: (self, args, kw) => { argRange('ljust', args, kw, 1, 2); return strLjust(selfStr(self), indexNumber(args[0]!), fillArg('ljust', args[1])); },
  rjust: (self, args, kw) => { argRange('rjust', args, kw, 1, 2); return strRjust(selfStr(self), indexNumber(args[0]!), fillArg('rjust', args[1])); },
  zfill: (self, args, kw) => strZfill(selfStr(self), indexNumber(oneArg('zfill', args, kw))),
  expandtabs: (self, args, kw) => {
    const [tabsize] = bindNative('expandtabs', ['tabsize'], args, kw);
    return strExpandtabs(selfStr(self), tabsize === undefined ? 8 : indexNumber(tabsize));
  },
  removeprefix: (self, args, kw) => strRemoveprefix(selfStr(self), strArg('removeprefix', oneArg('removeprefix', args, kw))),
  removesuffix: (self, args, kw) => strRemovesuffix(selfStr(self), strArg('removesuffix', oneArg('removesuffix', args, kw))),
  format: (self, args, kw) => strFormat(selfStr(self), args, kw),
  format_map: (self, args, kw) => strFormat(selfStr(self), [], null, oneArg('format_map', args, kw)),
  encode: (self, args, kw) => encodeHook(selfStr(self), args, kw),
};

for (const name of ['upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title'] as const) {
  methods[name] = (self, args, kw) => { noArgs(name, args, kw); return strCase[name](selfStr(self)); };
}
for (const name of [
  'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isprintable', 'isascii', 'isupper',
  'islower', 'istitle', 'isidentifier',
] as const) {
  methods[name] = (self, args, kw) => { noArgs(name, args, kw); return strCase[name](selfStr(self)); };
}
defMethods(strType, methods);
for (const [i, name] of ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].entries()) {
  defMethods(strType, {
    [name]: (self, args) => {
      const a = selfStr(self);
      const b = asStr(args[0]!);
      if (b === undefined) return NotImplemented;
      const c = a === b ? 0 : compareCodePoints(a, b);
      return [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][i]!;
    },
  });
}

let encodeHook: (s: string, args: PyValue[], kw: KwArgs | null) => PyValue = () => {
  throw typeError('str.encode is not available');
};
export function setStrEncode(f: typeof encodeHook): void {
  encodeHook = f;
}

function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs === ys) return x < y ? -1 : 1;
      return xs ? 1 : -1;
    }
  }
  return a.length - b.length;
}

function fillArg(fname: string, v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  const s = asStr(v);
  if (s === undefined) throw typeError(`${fname}() argument 2 must be str, not ${typeName(v)}`);
  if (cpLength(s) !== 1) throw typeError('The fill character must be exactly one character long');
  return s;
}

function prefixArg(fname: string, v: PyValue): string | string[] {
  if (v instanceof PyTuple) {
    return v.items.map((x) => {
      const s = asStr(x);
      if (s === undefined) throw typeError(`tuple for ${fname} must only contain str, not ${typeName(x)}`);
      return s;
    });
  }
  const s = asStr(v);
  if (s === undefined) throw typeError(`${fname} first arg must be str or a tuple of str, not ${typeName(v)}`);
  return s;
}

function repeat(s: string, n: PyValue): PyValue {
  let count: number;
  if (typeof n === 'number') count = n;
  else if (typeof n === 'boolean') count = n ? 1 : 0;
  else if (typeof n === 'bigint') count = n > 0n ? Infinity : 0;
  else if (typeof n === 'object' && typeOf(n).lookup('__index__') !== undefined && !(n instanceof PyFloat)) count = indexNumber(n);
  else return NotImplemented;
  if (count <= 0 || s === '') return '';
  if (s.length * count > MAX_SEQUENCE * 4) throw pyErr('MemoryError');
  return s.repeat(count);
}

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
  const i = indexNumber(key, () => `string indices must be integers, not '${typeName(key)}'`);
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

/** str.maketrans / translate */
defMethods(strType, {
  translate: (self, args, kw) => {
    const table = oneArg('translate', args, kw);
    let out = '';
    for (const ch of codePoints(selfStr(self))) {
      let r: PyValue;
      try {
        r = getItem(table, ch.codePointAt(0)!);
      } catch (e) {
        if (e instanceof Object && isSubtype(e as PyValue, pyErr('LookupError').cls)) { out += ch; continue; }
        throw e;
      }
      if (r === None) continue;
      if (typeof r === 'number') out += String.fromCodePoint(r);
      else if (typeof r === 'string') out += r;
      else throw typeError('character mapping must return integer, None or str');
    }
    return out;
  },
});
strType.dict.setStr('maketrans', new PyStaticMethod(staticmethodType, builtinFunction('maketrans', (args) => {
  const d = new PyDict();
  if (args.length === 1) {
    const m = args[0];
    if (!(m instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of m.entries()) {
      if (typeof k === 'string') {
        if (cpLength(k) !== 1) throw pyErr('ValueError', 'string keys in translate table must be of length 1');
        d.set(k.codePointAt(0)!, v);
      } else {
        d.set(k, v);
      }
    }
    return d;
  }
  const x = strArg('maketrans', args[0]!, 1);
  const y = strArg('maketrans', args[1]!, 2);
  const xs = codePoints(x);
  const ys = codePoints(y);
  if (xs.length !== ys.length) throw pyErr('ValueError', 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) d.set(xs[i]!.codePointAt(0)!, ys[i]!.codePointAt(0)!);
  if (args[2] !== undefined) for (const ch of codePoints(strArg('maketrans', args[2], 3))) d.set(ch.codePointAt(0)!, None);
  return d;
})));
strType.invalidate();
