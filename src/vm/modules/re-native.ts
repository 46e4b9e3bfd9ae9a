// _etpy_re: the native half of re. It compiles patterns (runtime/regex-parse.ts,
// runtime/regex-match.ts) and runs matches; the Python half (re-source.ts)
// builds the Pattern and Match objects and the API on top of it.
import { PyBytesValue, PyModule, PyObject, PyException, PyNativeIterator, PyClassMethod, PyStaticMethod, PyType, type PyValue, type KwArgs } from '../object.js';
import { None, builtinType, bytesType, iteratorType, moduleType, newDict, staticmethodType, classmethodType, typeOf } from '../types.js';
import { bindNative, builtinFunction, callValue, defGetSet, defMethods, noKw, oneArg } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import { asInt, asStr, repr, typeName } from '../protocols.js';
import { cpToUnit, isPlain } from '../../runtime/str-index.js';
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

// ---------------------------------------------------------------------------
// Match objects (native: programs make many of them).

const matchType = builtinType('Match', undefined, { module: 're', subclassable: false });

class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyValue,
    readonly code: PyRegexCode,
    readonly subject: PyValue,
    readonly marks: number[],
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(matchType);
  }
  get groups(): number {
    return this.code.compiled.groups;
  }
}

function newMatch(pattern: PyValue, c: PyRegexCode, subject: PyValue, marks: number[], pos: number, endpos: number, n: number): PyMatch {
  return new PyMatch(pattern, c, subject, marks, Math.min(Math.max(pos, 0), n), Math.min(Math.max(endpos, 0), n));
}

/** subject[a:b] as Python slices it (str by code points; bytes as bytes). */
function slice(subject: PyValue, a: number, b: number): PyValue {
  const s = asStr(subject);
  if (s !== undefined) {
    if (isPlain(s)) return s.slice(a, b);
    return s.slice(cpToUnit(s, a), cpToUnit(s, b));
  }
  if (subject instanceof PyBytesValue) return new PyBytesValue(bytesType, subject.bytes.slice(a, b));
  throw typeError('bad subject');
}

function emptyOf(isText: boolean): PyValue {
  return isText ? '' : new PyBytesValue(bytesType, new Uint8Array(0));
}

function matchOf(v: PyValue): PyMatch {
  if (!(v instanceof PyMatch)) throw typeError('expected a re.Match object');
  return v;
}

function groupValue(m: PyMatch, g: number, dflt: PyValue = None): PyValue {
  const a = m.marks[2 * g]!;
  const b = m.marks[2 * g + 1]!;
  if (a < 0 || b < 0) return dflt;
  return slice(m.subject, a, b);
}

/** A group given by number or name: its index, or IndexError. */
function groupIndex(m: PyMatch, g: PyValue): number {
  const i = asInt(g);
  if (i !== undefined) {
    if (typeof i === 'number' && i >= 0 && i < m.groups) return i;
    throw pyErr('IndexError', 'no such group');
  }
  const name = asStr(g);
  if (name !== undefined) {
    const n = m.code.compiled.parsed.groupindex.get(name);
    if (n !== undefined) return n;
  }
  throw pyErr('IndexError', 'no such group');
}

function optionalGroup(fname: string, m: PyMatch, args: PyValue[], kw: KwArgs | null): number {
  const [g] = bindNative(fname, ['group'], args, kw);
  return g === undefined ? 0 : groupIndex(m, g);
}

function matchRepr(m: PyMatch): string {
  // %.50R: the repr cut to 50 characters.
  const r = Array.from(repr(groupValue(m, 0))).slice(0, 50).join('');
  return `<re.Match object; span=(${m.marks[0]}, ${m.marks[1]}), match=${r}>`;
}

function lastGroupName(m: PyMatch): PyValue {
  const last = m.marks[m.marks.length - 1]!;
  if (last < 0) return None;
  for (const [name, g] of m.code.compiled.parsed.groupindex) if (g === last) return name;
  return None;
}

defMethods(matchType, {
  group: (self, args, kw) => {
    noKw('Match.group', kw);
    const m = matchOf(self);
    if (args.length === 0) return groupValue(m, 0);
    if (args.length === 1) return groupValue(m, groupIndex(m, args[0]!));
    return newTuple(args.map((g) => groupValue(m, groupIndex(m, g))));
  },
  __getitem__: (self, args) => {
    const m = matchOf(self);
    return groupValue(m, groupIndex(m, args[0]!));
  },
  groups: (self, args, kw) => {
    const m = matchOf(self);
    const [d] = bindNative('groups', ['default'], args, kw);
    const out: PyValue[] = [];
    for (let g = 1; g < m.groups; g++) out.push(groupValue(m, g, d ?? None));
    return newTuple(out);
  },
  groupdict: (self, args, kw) => {
    const m = matchOf(self);
    const [d] = bindNative('groupdict', ['default'], args, kw);
    const out = newDict();
    for (const [name, g] of m.code.compiled.parsed.groupindex) out.set(name, groupValue(m, g, d ?? None));
    return out;
  },
  start: (self, args, kw) => {
    const m = matchOf(self);
    return m.marks[2 * optionalGroup('start', m, args, kw)]!;
  },
  end: (self, args, kw) => {
    const m = matchOf(self);
    return m.marks[2 * optionalGroup('end', m, args, kw) + 1]!;
  },
  span: (self, args, kw) => {
    const m = matchOf(self);
    const g = optionalGroup('span', m, args, kw);
    return newTuple([m.marks[2 * g]!, m.marks[2 * g + 1]!]);
  },
  expand: (self, args, kw) => {
    const m = matchOf(self);
    const t = oneArg('expand', args, kw);
    const parts = templateParts(m.code, t);
    const pieces: PyValue[] = [];
    for (const p of parts) {
      if (typeof p === 'number') {
        const v = groupValue(m, p);
        if (v !== None) pieces.push(v);
      } else pieces.push(p);
    }
    return joinPieces(pieces, m.code.isText);
  },
  __repr__: (self) => matchRepr(matchOf(self)),
  __copy__: (self) => self,
  __deepcopy__: (self) => self,
});
// Members (read-only) and getsets, as CPython's Match has them.
const readonly = (): void => {
  throw pyErr('AttributeError', 'readonly attribute');
};
defGetSet(matchType, 'string', (self) => matchOf(self).subject, readonly);
defGetSet(matchType, 're', (self) => matchOf(self).pattern, readonly);
defGetSet(matchType, 'pos', (self) => matchOf(self).pos, readonly);
defGetSet(matchType, 'endpos', (self) => matchOf(self).endpos, readonly);
matchType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', () => {
  throw typeError("cannot create 're.Match' instances");
})));
let aliasFactory: PyValue = None;
matchType.dict.setStr('__class_getitem__', new PyClassMethod(classmethodType, builtinFunction('__class_getitem__', (args) => {
  if (aliasFactory === None) return args[0]!;
  return callValue(aliasFactory, args);
})));
matchType.invalidate();
defGetSet(matchType, 'lastindex', (self) => {
  const m = matchOf(self);
  const last = m.marks[m.marks.length - 1]!;
  return last < 0 ? None : last;
});
defGetSet(matchType, 'lastgroup', (self) => lastGroupName(matchOf(self)));
defGetSet(matchType, 'regs', (self) => {
  const m = matchOf(self);
  const out: PyValue[] = [];
  for (let g = 0; g < m.groups; g++) out.push(newTuple([m.marks[2 * g]!, m.marks[2 * g + 1]!]));
  return newTuple(out);
});

// ---------------------------------------------------------------------------
// Templates and joining (sub, subn, expand).

type Part = PyValue | number;

let errorClass: PyValue = None;

function templateParts(c: PyRegexCode, repl: PyValue): Part[] {
  let text = asStr(repl);
  if (text === undefined) {
    if (repl instanceof PyBytesValue) text = latin1(repl.bytes);
    else throw typeError(`decoding to str: need a bytes-like object, ${typeName(repl)} found`);
  }
  const parts = parseTemplate(text, c.compiled.groups - 1, c.compiled.parsed.groupindex, c.isText);
  if (parts instanceof RegexError) raiseError(errorClass, parts, repl);
  if (!Array.isArray(parts)) throw pyErr('IndexError', parts.indexError);
  return parts.map((p) => {
    if (typeof p === 'number' || c.isText) return p;
    return new PyBytesValue(bytesType, Uint8Array.from(Array.from(p, (ch) => ch.charCodeAt(0))));
  });
}

function joinPieces(pieces: PyValue[], isText: boolean): PyValue {
  if (isText) {
    let out = '';
    pieces.forEach((p, i) => {
      const s = asStr(p);
      if (s === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(p)} found`);
      out += s;
    });
    return out;
  }
  const chunks: Uint8Array[] = [];
  pieces.forEach((p, i) => {
    if (!(p instanceof PyBytesValue)) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(p)} found`);
    chunks.push(p.bytes);
  });
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return new PyBytesValue(bytesType, out);
}

function isCallable(v: PyValue): boolean {
  return v instanceof PyType || typeOf(v).lookup('__call__') !== undefined;
}

// ---------------------------------------------------------------------------
// The compiled code's methods, called by re's Pattern.

/** The successive non-overlapping matches of s[pos:endpos] (findall's loop), at most limit (0: all). */
function scanAll(c: PyRegexCode, s: Int32Array, pos: number, endpos: number, limit: number): number[][] {
  const out: number[][] = [];
  if (limit < 0) return out;
  const n = s.length;
  if (pos < 0) pos = 0;
  if (endpos > n) endpos = n;
  if (endpos < 0) endpos = 0;
  let mustAdvance = false;
  while (pos <= endpos && (limit === 0 || out.length < limit)) {
    const m = c.compiled.exec(s, pos, endpos, MODE_SEARCH, mustAdvance);
    if (m === null) break;
    out.push(m);
    mustAdvance = m[1] === m[0];
    pos = m[1]!;
  }
  return out;
}

defMethods(codeType, {
  /** match(pattern, string, pos, endpos, mode) -> Match or None */
  match: (self, args) => {
    const c = code(self);
    const [pattern, string, pos, endpos, mode] = args as [PyValue, PyValue, PyValue, PyValue, PyValue];
    const s = subjectOf(string, c.isText);
    const p = toNumber(pos);
    const e = toNumber(endpos);
    const m = c.compiled.exec(s, p, e, toNumber(mode), false);
    return m === null ? None : newMatch(pattern, c, string, m, p, e, s.length);
  },
  findall: (self, args) => {
    const c = code(self);
    const [string, pos, endpos] = args as [PyValue, PyValue, PyValue];
    const s = subjectOf(string, c.isText);
    const groups = c.compiled.groups - 1;
    const out: PyValue[] = [];
    for (const m of scanAll(c, s, toNumber(pos), toNumber(endpos), 0)) {
      if (groups === 0) out.push(slice(string, m[0]!, m[1]!));
      else {
        const item: PyValue[] = [];
        for (let g = 1; g <= groups; g++) {
          const a = m[2 * g]!;
          const b = m[2 * g + 1]!;
          item.push(a >= 0 && b >= 0 ? slice(string, a, b) : emptyOf(c.isText));
        }
        out.push(groups === 1 ? item[0]! : newTuple(item));
      }
    }
    return newList(out);
  },
  finditer: (self, args) => {
    const c = code(self);
    const [pattern, string, pos, endpos] = args as [PyValue, PyValue, PyValue, PyValue];
    const s = subjectOf(string, c.isText);
    const p = toNumber(pos);
    const e = toNumber(endpos);
    const ms = scanAll(c, s, p, e, 0);
    let i = 0;
    return new PyNativeIterator(iteratorType('callable_iterator'), () => {
      if (i >= ms.length) return undefined;
      return newMatch(pattern, c, string, ms[i++]!, p, e, s.length);
    });
  },
  /** sub(pattern, repl, string, count) -> (new string, number of substitutions) */
  sub: (self, args) => {
    const c = code(self);
    const [pattern, repl, string, countValue] = args as [PyValue, PyValue, PyValue, PyValue];
    let parts: Part[] | null = null;
    const callable = isCallable(repl);
    if (!callable) {
      const text = asStr(repl);
      if (text !== undefined && c.isText && !text.includes('\\')) parts = [text];
      else if (repl instanceof PyBytesValue && !c.isText && !repl.bytes.includes(92)) parts = [repl];
      else parts = templateParts(c, repl);
    }
    const s = subjectOf(string, c.isText);
    const count = toNumber(countValue);
    const ms = scanAll(c, s, 0, s.length, count);
    if (ms.length === 0) return newTuple([string, 0]);
    const pieces: PyValue[] = [];
    let last = 0;
    for (const m of ms) {
      if (last < m[0]!) pieces.push(slice(string, last, m[0]!));
      if (parts === null) {
        const item = callValue(repl, [newMatch(pattern, c, string, m, 0, s.length, s.length)]);
        if (item !== None) pieces.push(item);
      } else {
        for (const p of parts) {
          if (typeof p === 'number') {
            const a = m[2 * p]!;
            const b = m[2 * p + 1]!;
            if (a >= 0 && b >= 0 && a < b) pieces.push(slice(string, a, b));
          } else pieces.push(p);
        }
      }
      last = m[1]!;
    }
    if (last < s.length) pieces.push(slice(string, last, s.length));
    return newTuple([joinPieces(pieces, c.isText), ms.length]);
  },
  split: (self, args) => {
    const c = code(self);
    const [string, maxsplit] = args as [PyValue, PyValue];
    const s = subjectOf(string, c.isText);
    const groups = c.compiled.groups - 1;
    const out: PyValue[] = [];
    let last = 0;
    for (const m of scanAll(c, s, 0, s.length, toNumber(maxsplit))) {
      out.push(slice(string, last, m[0]!));
      for (let g = 1; g <= groups; g++) {
        const a = m[2 * g]!;
        const b = m[2 * g + 1]!;
        out.push(a >= 0 && b >= 0 ? slice(string, a, b) : None);
      }
      last = m[1]!;
    }
    out.push(slice(string, last, s.length));
    return newList(out);
  },
  /** scan_one(pattern, string, pos, endpos, mode, must_advance) -> Match or None (the scanner's step) */
  scan_one: (self, args) => {
    const c = code(self);
    const [pattern, string, pos, endpos, mode, mustAdvance] = args as [PyValue, PyValue, PyValue, PyValue, PyValue, PyValue];
    const s = subjectOf(string, c.isText);
    const m = c.compiled.exec(s, toNumber(pos), toNumber(endpos), toNumber(mode), mustAdvance === true);
    return m === null ? None : newMatch(pattern, c, string, m, 0, toNumber(endpos), s.length);
  },
});

function compile(args: PyValue[], _kw: KwArgs | null): PyValue {
  const [pattern, flagsValue] = args as [PyValue, PyValue];
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


export function installReNative(): PyModule {
  const d = newDict();
  const m = new PyModule(moduleType, '_etpy_re', d);
  d.setStr('__name__', '_etpy_re');
  d.setStr('compile', builtinFunction('compile', compile));
  d.setStr('Match', matchType);
  d.setStr('set_error', builtinFunction('set_error', (args) => {
    errorClass = args[0]!;
    aliasFactory = args[1] ?? None;
    return None;
  }));
  return m;
}
