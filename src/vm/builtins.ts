// The builtins module: functions (Python/bltinmodule.c) with CPython's
// argument handling and messages, plus the builtin types and exceptions.
import { readStdinLine } from './stdin.js';
import {
  lookupAttr, toArrayWithHint,
} from './protocols.js';
import {
  type KwArgs, PyBuiltin, PyBytesValue, PyDict, PyException, PyFloat, PyList, PyMethodDescr, PyModule, PyObject, PyRange, PyTuple, PyType,
  type PyValue,
} from './object.js';
import {
  Ellipsis, None, NotImplemented, boolType, bytearrayType, bytesType, classmethodType, complexType, dictType,
  exceptionTypes, floatType, frozensetType, intType, listType, moduleType, objectType, propertyType, rangeType,
  setType, sliceType, staticmethodType, strType, superType, tupleType, typeOf, typeType, newDict,
} from './types.js';
import { newException, pyErr, typeError } from './errors.js';
import {
  addressOf, asStr, callSpecial, getAttr, getAttrOrUndefined, getIter, hash, iterNext, len, repr, richCompare,
  setAttr, str, toArray, truthy, typeName, GT, LT,
} from './protocols.js';
import { argRange, bindNative, builtinFunction, callValue, noArgs, noKw, oneArg } from './call.js';
import { binaryOp } from './operators.js';
import { enumerateType, filterType, mapType, reversedType, zipType, callableIterator, nextOf } from './iterators.js';
import { buildClass, dirOf } from './type-object.js';
import { ReusedWhileUnchanged } from './reused.js';
import { formatWithSpec } from './format.js';
import { sortItems } from './list.js';
import { intOf, makeFloat } from './number-arith.js';
import { indexOf } from './slice.js';
import { type Int, big, normInt } from './int-ops.js';
import { intToBin, intToHex, intToOct } from '../runtime/number-text.js';
import { asciiOfRepr } from '../runtime/str-repr.js';
import { interpState } from './state.js';
import { cpLength } from '../runtime/str-index.js';
import { importModule } from './import.js';
import { writeStdout, writeStderr } from './output.js';
import { Generator, resume } from './generator.js';
import { builtinCompile, builtinEval, builtinExec } from './eval-builtins.js';

type Builtin = (args: PyValue[], kw: KwArgs | null) => PyValue;

/** print()'s line to one of the interpreter's streams, written at once. */
function printLine(out: (text: string) => void, args: PyValue[], sep: string, end: string): PyValue {
  // What came before an argument whose str() raises is still written.
  let text = '';
  try {
    args.forEach((a, i) => {
      if (i > 0) text += sep;
      text += str(a);
    });
  } catch (e) {
    out(text);
    throw e;
  }
  out(text + end);
  return None;
}

/** print() when the program deleted sys.stdout (CPython's builtin_print). */
function lostStdout(): never {
  throw pyErr('RuntimeError', 'lost sys.stdout');
}

const functions: Record<string, Builtin> = {
  print: (args, kw) => {
    const [sep, end, file, flush] = kwOnly('print', kw, ['sep', 'end', 'file', 'flush']);
    const sepStr = sep === undefined || sep === None ? ' ' : strOrError('sep', sep);
    const endStr = end === undefined || end === None ? '\n' : strOrError('end', end);
    // sys is made when the program first imports it (modules/index.ts): until then print writes to the
    // interpreter's stdout (target undefined).
    const sys = interpState.modules.get('sys')?.dict;
    const target = file !== undefined && file !== None ? file : sys === undefined ? undefined : sys.getStr('stdout') ?? lostStdout();
    // The interpreter's own streams take the whole line at once; any other file gets
    // one write() per piece, as CPython's print makes them.
    if (target === undefined) return printLine(writeStdout, args, sepStr, endStr);
    if (target === None) return None;
    if (target === sys?.getStr('__stdout__')) return printLine(writeStdout, args, sepStr, endStr);
    if (target === sys?.getStr('__stderr__')) return printLine(writeStderr, args, sepStr, endStr);
    const write = getAttr(target, 'write');
    args.forEach((a, i) => {
      if (i > 0) callValue(write, [sepStr], null);
      callValue(write, [str(a)], null);
    });
    callValue(write, [endStr], null);
    if (flush !== undefined && truthy(flush)) callValue(getAttr(target, 'flush'), [], null);
    return None;
  },
  len: (args, kw) => builtinLen(oneArg('len', args, kw)),
  repr: (args, kw) => repr(oneArg('repr', args, kw)),
  ascii: (args, kw) => asciiOfRepr(repr(oneArg('ascii', args, kw))),
  hash: (args, kw) => normInt(hash(oneArg('hash', args, kw))),
  id: (args, kw) => idOf(oneArg('id', args, kw)),
  abs: (args, kw) => {
    const v = oneArg('abs', args, kw);
    if (typeof v === 'number') return Math.abs(v);
    const r = callSpecial(v, '__abs__', []);
    if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
    return r;
  },
  callable: (args, kw) => {
    const v = oneArg('callable', args, kw);
    return v instanceof PyType || typeOf(v).lookup('__call__') !== undefined;
  },
  chr: (args, kw) => {
    const i = indexOf(oneArg('chr', args, kw));
    const n = typeof i === 'bigint' ? -1 : i;
    if (n < 0 || n > 0x10ffff) throw pyErr(typeof i === 'bigint' ? 'OverflowError' : 'ValueError', typeof i === 'bigint' ? 'Python int too large to convert to C int' : 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(n);
  },
  ord: (args, kw) => {
    const v = oneArg('ord', args, kw);
    const s = asStr(v);
    if (s === undefined) {
      if (v instanceof PyBytesValue) {
        const b = v.bytes;
        if (b.length !== 1) throw typeError(`ord() expected a character, but string of length ${b.length} found`);
        return b[0]!;
      }
      throw typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
    }
    const n = cpLength(s);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  },
  bin: (args, kw) => intToBin(big(indexOf(oneArg('bin', args, kw)))),
  oct: (args, kw) => intToOct(big(indexOf(oneArg('oct', args, kw)))),
  hex: (args, kw) => intToHex(big(indexOf(oneArg('hex', args, kw)))),
  format: (args, kw) => {
    argRange('format', args, kw, 1, 2);
    const spec = args[1] === undefined ? '' : asStr(args[1]);
    if (spec === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(args[1]!)}`);
    return formatWithSpec(args[0]!, spec);
  },
  divmod: (args, kw) => {
    argRange('divmod', args, kw, 2, 2);
    const r = binaryDunder(args[0]!, args[1]!, '__divmod__', '__rdivmod__');
    if (r === NotImplemented) throw typeError(`unsupported operand type(s) for divmod(): '${typeName(args[0]!)}' and '${typeName(args[1]!)}'`);
    return r;
  },
  pow: (args, kw) => {
    const [base, exp, mod] = bindNative('pow', ['base', 'exp', 'mod'], args, kw, { required: 2 });
    if (mod === undefined || mod === None) return binaryOp(8, base!, exp!);
    return modPow(base!, exp!, mod);
  },
  round: (args, kw) => {
    const [number, ndigits] = bindNative('round', ['number', 'ndigits'], args, kw, { required: 1 });
    const m = typeOf(number!).lookup('__round__');
    if (m === undefined) throw typeError(`type ${typeName(number!)} doesn't define __round__ method`);
    return callSpecial(number!, '__round__', ndigits === undefined ? [] : [ndigits])!;
  },
  sum: (args, kw) => {
    const [iterable, start] = bindNative('sum', ['iterable', 'start'], args, kw, { required: 1, positionalOnly: 1 });
    return sum(iterable!, start ?? 0);
  },
  min: (args, kw) => minMax('min', args, kw, LT),
  max: (args, kw) => minMax('max', args, kw, GT),
  sorted: (args, kw) => {
    if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
    // sorted() is list(iterable).sort(**kw): the same argument checks and algorithm.
    const l = new PyList(listType, toArrayWithHint(args[0]!));
    // list.sort itself, not through a bound method (the list is exact: its type's sort).
    (listType.lookup('sort') as PyMethodDescr).fn(l, [], kw);
    return l;
  },
  any: (args, kw) => {
    const it = getIter(oneArg('any', args, kw));
    for (let x = nextOf(it); x !== undefined; x = nextOf(it)) if (truthy(x)) return true;
    return false;
  },
  all: (args, kw) => {
    const it = getIter(oneArg('all', args, kw));
    for (let x = nextOf(it); x !== undefined; x = nextOf(it)) if (!truthy(x)) return false;
    return true;
  },
  iter: (args, kw) => {
    noKw('iter', kw);
    argRange('iter', args, null, 1, 2);
    if (args.length === 2) {
      if (!functions.callable!([args[0]!], null)) throw typeError('iter(object, sentinel): object must be callable');
      return callableIterator(args[0]!, args[1]!);
    }
    return getIter(args[0]!);
  },
  next: (args, kw) => {
    noKw('next', kw);
    argRange('next', args, null, 1, 2);
    const it = args[0]!;
    if (!(typeOf(it).lookup('__next__') !== undefined || it instanceof Generator)) {
      throw typeError(`'${typeName(it)}' object is not an iterator`);
    }
    if (args.length === 1 && typeOf(it).lookup('__next__') !== undefined && !(it instanceof Generator)) {
      const m = typeOf(it).lookup('__next__')!;
      if (!(m instanceof PyObject) || !typeOf(it).builtin) return callValue(getAttr(it, '__next__'), [], null);
    }
    if (it instanceof Generator && args.length === 1) {
      // A generator's return value travels in the StopIteration.
      const r = resume(it, None, null);
      if (!r.done) return r.value;
      throw r.value === None ? pyErr('StopIteration') : newException(pyErr('StopIteration').cls, [r.value]);
    }
    const v = iterNext(it);
    if (v !== undefined) return v;
    if (args.length === 2) return args[1]!;
    throw pyErr('StopIteration');
  },
  isinstance: (args, kw) => {
    argRange('isinstance', args, kw, 2, 2);
    return isInstance(args[0]!, args[1]!);
  },
  issubclass: (args, kw) => {
    argRange('issubclass', args, kw, 2, 2);
    return isSubclass(args[0]!, args[1]!);
  },
  getattr: (args, kw) => {
    argRange('getattr', args, kw, 2, 3);
    const name = asStr(args[1]!);
    if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
    if (args.length === 2) return getAttr(args[0]!, name);
    try {
      const v = getAttrOrUndefined(args[0]!, name);
      return v === undefined ? args[2]! : v;
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(exceptionTypes.get('AttributeError')!)) return args[2]!;
      throw e;
    }
  },
  setattr: (args, kw) => {
    argRange('setattr', args, kw, 3, 3);
    const name = asStr(args[1]!);
    if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
    setAttr(args[0]!, name, args[2]!);
    return None;
  },
  delattr: (args, kw) => {
    argRange('delattr', args, kw, 2, 2);
    const name = asStr(args[1]!);
    if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
    setAttr(args[0]!, name, undefined);
    return None;
  },
  hasattr: (args, kw) => {
    argRange('hasattr', args, kw, 2, 2);
    const name = asStr(args[1]!);
    if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
    try {
      return getAttrOrUndefined(args[0]!, name) !== undefined;
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(exceptionTypes.get('AttributeError')!)) return false;
      throw e;
    }
  },
  vars: (args, kw) => {
    argRange('vars', args, kw, 0, 1);
    if (args.length === 0) return currentLocals();
    const d = lookupAttr(args[0]!, '__dict__');
    if (d === undefined) throw typeError('vars() argument must have __dict__ attribute');
    return d;
  },
  dir: (args, kw) => {
    argRange('dir', args, kw, 0, 1);
    if (args.length === 0) {
      const loc = currentLocals();
      return new PyList(listType, [...loc.entries()].map(([k]) => k).sort());
    }
    const r = callSpecial(args[0]!, '__dir__', []);
    const items = r === undefined ? dirOf(args[0]!) : toArray(r);
    return new PyList(listType, sortItems(items, None, false));
  },
  globals: (args, kw) => {
    noArgs('globals', args, kw);
    return interpState.frame?.globals ?? newDict();
  },
  locals: (args, kw) => {
    noArgs('locals', args, kw);
    return currentLocals();
  },
  input: (args, kw) => {
    argRange('input', args, kw, 0, 1);
    if (args.length > 0) writeStdout(str(args[0]!));
    const line = readStdinLine();
    if (line === '') throw pyErr('EOFError', 'EOF when reading a line');
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  },
  open: () => {
    throw pyErr('OSError', 'etpy has no file system: open() is not available');
  },
  eval: (args, kw) => builtinEval(args, kw, currentLocals),
  exec: (args, kw) => builtinExec(args, kw, currentLocals),
  compile: (args, kw) => builtinCompile(args, kw),
  __build_class__: (args, kw) => buildClass(args, kw),
  __import__: (args, kw) => {
    const [name] = bindNative('__import__', ['name', 'globals', 'locals', 'fromlist', 'level'], args, kw, { required: 1 });
    return importModule(asStr(name!)!);
  },
  exit: (args) => { throw newSystemExit(args); },
  quit: (args) => { throw newSystemExit(args); },
};

function newSystemExit(args: PyValue[]): PyException {
  const t = exceptionTypes.get('SystemExit')!;
  return callValue(t, args, null) as PyException;
}

function currentLocals(): PyDict {
  const f = interpState.frame;
  if (f === null) return newDict();
  if (f.locals !== null) return f.locals;
  const d = newDict();
  const names = f.code.co_localsplusnames;
  const kinds = f.code.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.localsplus[i];
    if ((kinds[i]! & 0xc0) !== 0 && v !== undefined) v = (v as unknown as { value: PyValue | undefined }).value;
    if (v !== undefined && (kinds[i]! & 0x10) === 0) d.setStr(names[i]!, v);
  }
  return d;
}

function strOrError(name: string, v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`${name} must be None or a string, not ${typeName(v)}`);
  return s;
}

/** Keyword-only arguments of a builtin (print's sep/end, sorted's key/reverse). */
function kwOnly(fname: string, kw: KwArgs | null, names: string[]): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = names.map(() => undefined);
  if (kw === null) return out;
  for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    out[i] = v;
  }
  return out;
}

function binaryDunder(a: PyValue, b: PyValue, name: string, rname: string): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const f = ta.lookup(name);
  if (f !== undefined) {
    const r = callSpecial(a, name, [b]);
    if (r !== NotImplemented && r !== undefined) return r;
  }
  if (ta !== tb && tb.lookup(rname) !== undefined) {
    const r = callSpecial(b, rname, [a]);
    if (r !== NotImplemented && r !== undefined) return r;
  }
  return NotImplemented;
}

const idCache = new Map<PyValue, number>();
let nextPrimitiveId = 0;
function idOf(v: PyValue): PyValue {
  if (typeof v === 'object') return addressOf(v);
  let id = idCache.get(v);
  if (id === undefined) {
    id = 0x7e0000000000 + 32 * ++nextPrimitiveId;
    idCache.set(v, id);
  }
  return id;
}

export function resetBuiltinState(): void {
  idCache.clear();
  nextPrimitiveId = 0;
}

function modPow(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  const b = intOf(base);
  const e = intOf(exp);
  const m = intOf(mod);
  if (b === undefined || e === undefined || m === undefined) {
    // ternary_op: a class's __pow__(exp, mod) (three-argument pow never uses __rpow__).
    const t = typeOf(base);
    const p = t.builtin ? undefined : t.lookup('__pow__');
    if (p !== undefined && p !== None) {
      const r = callSpecial(base, '__pow__', [exp, mod]);
      if (r !== undefined && r !== NotImplemented) return r;
    }
    const operands = [base, exp, mod];
    const isNumber = (v: PyValue): boolean => intOf(v) !== undefined || v instanceof PyFloat || typeOf(v) === complexType;
    if (operands.every(isNumber)) {
      if (operands.some((v) => typeOf(v) === complexType)) throw pyErr('ValueError', 'complex modulo');
      throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
    }
    throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
  }
  let mb = big(m);
  if (mb === 0n) throw pyErr('ValueError', 'pow() 3rd argument cannot be 0');
  const negMod = mb < 0n;
  if (negMod) mb = -mb;
  let x = ((big(b) % mb) + mb) % mb;
  let n = big(e);
  if (n < 0n) {
    x = modInverse(x, mb);
    n = -n;
  }
  let r = 1n % mb;
  while (n > 0n) {
    if (n & 1n) r = (r * x) % mb;
    x = (x * x) % mb;
    n >>= 1n;
  }
  if (negMod && r !== 0n) r -= mb;
  return normInt(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyErr('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** PyLong_AsLongAndOverflow: the value when it fits a C long (64 bits), else undefined. */
function asCLong(v: Int): bigint | number | undefined {
  if (typeof v === 'number') return v;
  return v >= INT64_MIN && v <= INT64_MAX ? v : undefined;
}

/**
 * sum() as CPython 3.12: a C-long path for exact ints and bools, then a
 * float path with Neumaier compensation for exact floats (ints that fit a C
 * long are added uncompensated), then generic `+`.
 */
function sum(iterable: PyValue, start: PyValue): PyValue {
  if (typeof start === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (typeof start === 'object' && start.cls.isSubtypeOf(bytesType)) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeof start === 'object' && start.cls.isSubtypeOf(bytearrayType)) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(iterable);
  let result: PyValue = start;
  let item: PyValue | undefined;
  if ((typeof result === 'number' || typeof result === 'bigint') && asCLong(result) !== undefined) {
    let acc: bigint | number = result;
    for (;;) {
      item = nextOf(it);
      if (item === undefined) return typeof acc === 'bigint' ? normInt(acc) : acc;
      if (typeof item === 'number' || typeof item === 'bigint' || typeof item === 'boolean') {
        const b = asCLong(typeof item === 'boolean' ? (item ? 1 : 0) : item);
        if (b !== undefined) {
          const r: bigint | number = typeof acc === 'number' && typeof b === 'number' && Number.isSafeInteger(acc + b) ? acc + b : BigInt(acc) + BigInt(b);
          if (typeof r === 'number' || (r >= INT64_MIN && r <= INT64_MAX)) {
            acc = r;
            continue;
          }
        }
      }
      result = binaryOp(0, typeof acc === 'bigint' ? normInt(acc) : acc, item);
      break;
    }
  }
  if (typeof result === 'object' && result.cls === floatType) {
    let f = (result as PyFloat).value;
    let c = 0;
    const finish = (): number => (c !== 0 && Number.isFinite(c) ? f + c : f);
    for (;;) {
      item = nextOf(it);
      if (item === undefined) return makeFloat(finish());
      if (typeof item === 'object' && item.cls === floatType) {
        const x = (item as PyFloat).value;
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
        else c += (x - t) + f;
        f = t;
        continue;
      }
      const i = intOf(item);
      if (i !== undefined) {
        const b = asCLong(i);
        if (b !== undefined) {
          f += Number(b);
          continue;
        }
      }
      result = binaryOp(0, makeFloat(finish()), item);
      break;
    }
  }
  for (;;) {
    item = nextOf(it);
    if (item === undefined) return result;
    result = binaryOp(0, result, item);
  }
}

function minMax(name: string, args: PyValue[], kw: KwArgs | null, op: number): PyValue {
  const [key, dflt] = kwOnly(name, kw, ['key', 'default']);
  let items: PyValue;
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) {
    items = args[0]!;
  } else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = new PyTuple(tupleType, args);
  }
  const it = getIter(items);
  let best: PyValue | undefined;
  let bestKey: PyValue | undefined;
  for (let x = nextOf(it); x !== undefined; x = nextOf(it)) {
    const k = key === undefined || key === None ? x : callValue(key, [x], null);
    if (best === undefined) {
      best = x;
      bestKey = k;
    } else if (typeof k === 'number' && typeof bestKey === 'number' ? (op === GT ? k > bestKey : k < bestKey) : truthy(richCompare(k, bestKey!, op))) {
      best = x;
      bestKey = k;
    }
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    throw pyErr('ValueError', `${name}() iterable argument is empty`);
  }
  return best;
}

export function isInstance(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(obj).isSubtypeOf(cls)) return true;
    if (!cls.cls.builtin || cls.cls !== typeType) {
      const check = cls.cls.lookup('__instancecheck__');
      if (check !== undefined && cls.cls !== typeType) return truthy(callValue(getAttr(cls, '__instancecheck__'), [obj], null));
    }
    // obj.__class__, unless it is type(obj), already checked: so it is when
    // the type takes both __class__ and attribute lookup from object.
    const t = typeOf(obj);
    if (t.lookup('__class__') === objectType.lookup('__class__') && t.lookup('__getattribute__') === objectType.lookup('__getattribute__')) return false;
    // _PyObject_LookupAttr: an AttributeError (a __class__ property's too) means no class.
    const klass = lookupAttr(obj, '__class__');
    return klass instanceof PyType && klass !== t && klass.isSubtypeOf(cls);
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstance(obj, c));
  const check = typeOf(cls).lookup('__instancecheck__');
  if (check !== undefined) return truthy(callSpecial(cls, '__instancecheck__', [obj])!);
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function isSubclass(sub: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isSubclass(sub, c));
  if (cls instanceof PyType && cls.cls !== typeType) {
    const check = cls.cls.lookup('__subclasscheck__');
    if (check !== undefined) return truthy(callValue(getAttr(cls, '__subclasscheck__'), [sub], null));
  }
  if (!(sub instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  if (cls instanceof PyType) return sub.isSubtypeOf(cls);
  const check = typeOf(cls).lookup('__subclasscheck__');
  if (check !== undefined) return truthy(callSpecial(cls, '__subclasscheck__', [sub])!);
  throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

/** A run's builtins dict: its values are immutable (builtin functions, types, constants), so runs share it until one changes it. */
const sharedBuiltins = new ReusedWhileUnchanged(buildBuiltins, (d) => [d]);

export function makeBuiltins(): PyDict {
  return sharedBuiltins.get();
}

function builtinLen(v: PyValue): PyValue {
  // A range's length may exceed 2**53 (up to a C ssize_t): its __len__ gives the exact int.
  if (v instanceof PyRange) return callSpecial(v, '__len__', [])!;
  return len(v);
}

function buildBuiltins(): PyDict {
  const d = newDict();
  for (const [name, fn] of Object.entries(functions)) d.setStr(name, builtinFunction(name, fn));
  (d.getStr('len') as PyBuiltin).callOne = builtinLen;
  const types: [string, PyType][] = [
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType],
    ['complex', complexType], ['str', strType], ['bytes', bytesType], ['bytearray', bytearrayType], ['list', listType],
    ['tuple', tupleType], ['dict', dictType], ['set', setType], ['frozenset', frozensetType], ['range', rangeType],
    ['slice', sliceType], ['property', propertyType], ['classmethod', classmethodType],
    ['staticmethod', staticmethodType], ['super', superType], ['enumerate', enumerateType], ['zip', zipType],
    ['map', mapType], ['filter', filterType], ['reversed', reversedType],
  ];
  for (const [name, t] of types) d.setStr(name, t);
  for (const [name, t] of exceptionTypes) d.setStr(name, t);
  d.setStr('EnvironmentError', exceptionTypes.get('OSError')!);
  d.setStr('IOError', exceptionTypes.get('OSError')!);
  d.setStr('None', None);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('__debug__', true);
  d.setStr('__name__', 'builtins');
  d.setStr('__doc__', None);
  return d;
}

export function makeBuiltinsModule(d: PyDict): PyModule {
  const m = new PyModule(moduleType, 'builtins', d);
  return m;
}

