// _etpy_re: the native half of re. It compiles patterns (runtime/regex-parse.ts,
// runtime/regex-match.ts) and runs matches; the Python half (re-source.ts)
// builds the Pattern and Match objects and the API on top of it.
import { PyBytesValue, PyModule, PyObject, PyException, type PyValue, type KwArgs } from '../object.js';
import { None, builtinType, bytesType, moduleType, newDict, typeOf, bytearrayType } from '../types.js';
import { builtinFunction, callValue, defMethods } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import { asStr, typeName } from '../protocols.js';
import { asInt } from '../protocols.js';
import { newList, newTuple } from '../list.js';
import { interpState } from '../state.js';
import { StopExecution } from '../errors.js';
import { RegexError, parsePattern, parseTemplate } from '../../runtime/regex-parse.js';
import { CompiledPattern, MODE_SEARCH, toCodePoints } from '../../runtime/regex-match.js';

const codeType = builtinType('etpy_re_code', undefined, { module: '_etpy_re', subclassable: false });

class PyRegexCode extends PyObject {
  constructor(readonly compiled: CompiledPattern, readonly isText: boolean) {
    super(codeType);
  }
}

function interrupt(): void {
  if (interpState.deadline !== Infinity && interpState.now() > interpState.deadline) throw new StopExecution('Timeout');
}

/** The subject as code points; the last one is kept (finditer, sub and split reuse it). */
let lastSubject: string | Uint8Array | null = null;
let lastPoints: Int32Array = new Int32Array(0);

function subjectOf(v: PyValue, isText: boolean): Int32Array {
  const s = asStr(v);
  if (s !== undefined) {
    if (!isText) throw typeError('cannot use a bytes pattern on a string-like object');
    if (s !== lastSubject) {
      lastPoints = toCodePoints(s);
      lastSubject = s;
    }
    return lastPoints;
  }
  if (v instanceof PyBytesValue) {
    if (isText) throw typeError('cannot use a string pattern on a bytes-like object');
    return Int32Array.from(v.bytes);
  }
  throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
}

function toNumber(v: PyValue): number {
  const n = asInt(v);
  if (n === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return typeof n === 'bigint' ? (n > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER) : n;
}

function code(v: PyValue): PyRegexCode {
  if (!(v instanceof PyRegexCode)) throw typeError('expected a compiled pattern');
  return v;
}

function raiseError(errorClass: PyValue, e: RegexError, pattern: PyValue): never {
  if (e.kind !== 'error') throw pyErr(e.kind, e.msg);
  const exc = callValue(errorClass, [e.msg, e.pos === null ? None : pattern, e.pos === null ? None : e.pos]);
  if (exc instanceof PyException) throw exc;
  throw typeError('exceptions must derive from BaseException');
}

function marksTuple(m: number[]): PyValue {
  return newTuple(m);
}

defMethods(codeType, {
  /** exec(string, pos, endpos, mode, must_advance) -> marks + (lastindex,) or None */
  exec: (self, args) => {
    const c = code(self);
    const s = subjectOf(args[0]!, c.isText);
    const m = c.compiled.exec(s, toNumber(args[1]!), toNumber(args[2]!), toNumber(args[3]!), args[4] === true);
    return m === null ? None : marksTuple(m);
  },
  /** scan(string, pos, endpos, limit) -> the successive non-overlapping matches (findall's loop) */
  scan: (self, args) => {
    const c = code(self);
    const s = subjectOf(args[0]!, c.isText);
    let pos = toNumber(args[1]!);
    const n = s.length;
    let endpos = toNumber(args[2]!);
    const limit = toNumber(args[3]!);
    const out: PyValue[] = [];
    if (limit < 0) return newList(out);
    if (pos < 0) pos = 0;
    if (endpos > n) endpos = n;
    if (endpos < 0) endpos = 0;
    let mustAdvance = false;
    while (pos <= endpos && (limit === 0 || out.length < limit)) {
      const m = c.compiled.exec(s, pos, endpos, MODE_SEARCH, mustAdvance);
      if (m === null) break;
      out.push(marksTuple(m));
      mustAdvance = m[1] === m[0];
      pos = m[1]!;
    }
    return newList(out);
  },
});

function compile(args: PyValue[], _kw: KwArgs | null): PyValue {
  const [pattern, flagsValue, errorClass] = args as [PyValue, PyValue, PyValue];
  const flags = toNumber(flagsValue);
  let text = asStr(pattern);
  let isText = true;
  if (text === undefined) {
    if (pattern instanceof PyBytesValue) {
      text = latin1(pattern.bytes);
      isText = false;
    } else {
      throw typeError('first argument must be string or compiled pattern');
    }
  }
  try {
    const parsed = parsePattern(text, flags, isText);
    const c = new PyRegexCode(new CompiledPattern(parsed, interrupt), isText);
    const groupindex = newDict();
    for (const [name, g] of parsed.groupindex) groupindex.set(name, g);
    return newTuple([c, parsed.flags, parsed.groups - 1, groupindex]);
  } catch (e) {
    if (e instanceof RegexError) raiseError(errorClass, e, pattern);
    throw e;
  }
}

/** template(code, repl, groupindex, error) -> [literal or group number, ...] */
function template(args: PyValue[]): PyValue {
  const c = code(args[0]!);
  const repl = args[1]!;
  let text = asStr(repl);
  if (text === undefined) {
    if (repl instanceof PyBytesValue) text = latin1(repl.bytes);
    else throw typeError(`expected str instance, ${typeName(repl)} found`);
  }
  const index = new Map<string, number>();
  for (const [name, g] of c.compiled.parsed.groupindex) index.set(name, g);
  const parts = parseTemplate(text, c.compiled.groups - 1, index, c.isText);
  if (parts instanceof RegexError) raiseError(args[2]!, parts, repl);
  if (!Array.isArray(parts)) throw pyErr('IndexError', parts.indexError);
  return newList(parts.map((p) => {
    if (typeof p === 'number' || c.isText) return p;
    return new PyBytesValue(typeOf(repl) === bytearrayType ? bytesType : bytesType, Uint8Array.from(Array.from(p, (ch) => ch.charCodeAt(0))));
  }));
}

export function installReNative(): PyModule {
  const d = newDict();
  const m = new PyModule(moduleType, '_etpy_re', d);
  d.setStr('__name__', '_etpy_re');
  d.setStr('compile', builtinFunction('compile', compile));
  d.setStr('template', builtinFunction('template', template));
  return m;
}
