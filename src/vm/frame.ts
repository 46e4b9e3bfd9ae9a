// Frames and what the eval loop needs from a code object, decoded once per
// code object: opcodes and full opargs per code unit (EXTENDED_ARG folded),
// the instruction size including inline caches, runtime constants, the
// exception table and the line of every code unit.
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, CodeObject, ConstFrozenset,
  ConstTuple, type ConstValue,
} from '../bytecode/code.js';
import { OPCODE_INFO, Op } from '../bytecode/opcodes.js';
import { frozensetConstInsertOrder, frozensetConstMembers } from '../bytecode/dis.js';
import { decodeExceptionTable, type ExceptionTableEntry } from '../bytecode/exception-table.js';
import { unitLines } from '../bytecode/linetable.js';
import { PyBytes, PyComplex, PyEllipsis } from '../parser/constants.js';
import {
  type KwArgs, mapItems, PyBytesValue, PyCell, type PyException, PyCodeValue, PyComplexValue, PyDict, PyFloat, PyFunction, PySet,
  PyTuple, type PyObject, type PyType, type PyValue,
} from './object.js';
import {
  Ellipsis, None, bytesType, codeType, complexType, frozensetType, tupleType,
} from './types.js';
import { normInt } from './int-ops.js';
import { SetTable } from '../runtime/set-order.js';
import { eq, slotHashOf } from './protocols.js';
import { typeError } from './errors.js';
import { newDict } from './types.js';
import { codeValue } from './code-value.js';
import type { JitFunction } from './jit.js';

/** Code units each opcode occupies: itself plus its inline caches. */
export const INSTRUCTION_SIZE: Uint8Array = (() => {
  const sizes = new Uint8Array(256).fill(1);
  for (const info of OPCODE_INFO) if (info !== undefined && info.code < 256) sizes[info.code] = 1 + info.cache;
  return sizes;
})();

/**
 * Code compiled at run time by eval()/exec()/compile(): not the program's
 * source, so no line events (the oracle traces `<source>` frames only).
 */
export const untracedCode: WeakSet<CodeObject> = new WeakSet();

/**
 * A LOAD_ATTR or STORE_ATTR instruction's inline cache (CPython's
 * specialization, in spirit): the owner's type and its version when the
 * lookup was made, and what it found: for a method load the method; for an
 * attribute load, or a method load of a callable the instance holds,
 * NO_CLASS_ATTR (the type has no such attribute, so the instance dict
 * decides); for a store STORE_IN_DICT. A type's version
 * changes with any change to it or its bases. (One object per instruction
 * that caches: a code object runs once in a batch of distinct tasks, and
 * typed arrays sized by its code cost more to make than they saved.)
 */
export class AttrCacheEntry {
  /**
   * Where the instruction last found its name in an instance dict: objects of
   * one class usually get their attributes in one order, so the next
   * object's dict has it at the same index (CPython's LOAD_ATTR_WITH_HINT).
   */
  hint = 0;
  constructor(public type: PyType, public version: number, public value: PyValue) {}
}

/**
 * A LOAD_GLOBAL instruction's inline cache (CPython's LOAD_GLOBAL_MODULE and
 * LOAD_GLOBAL_BUILTIN): the globals dict and its version when the name was
 * found, the builtins dict and its version when the name was found there
 * (null when globals had it), and the entry's index. A dict's version
 * changes whenever its entries move or one is added or removed, so while
 * both are unchanged the name is still at that index (the value read there
 * is the current one: replacing a value keeps the version).
 */
export class GlobalCacheEntry {
  constructor(
    public globals: PyDict,
    public globalsVersion: number,
    public builtins: PyDict | null,
    public builtinsVersion: number,
    public index: number,
  ) {}
}

/**
 * `values` copied into an array of V8's generic (object) element kind, as
 * every array the eval loop indexes is (constants, locals, the value stack):
 * its optimized code is specialized to that kind, and a code object whose
 * constants are all small ints (Smi elements) deoptimized it ("wrong map").
 */
function objectElements<T>(values: readonly T[]): T[] {
  const out = [undefined as T];
  out.length = 0;
  for (const v of values) out.push(v);
  return out;
}

export class CodeInfo {
  /** Made at the first LOAD_ATTR that can be cached. */
  attrCache: (AttrCacheEntry | undefined)[] | null = null;
  /** LOAD_GLOBAL's caches by the unit after the instruction; made at the first LOAD_GLOBAL. */
  globalCache: (GlobalCacheEntry | undefined)[] | null = null;
  /** The compiled function (jit.ts): undefined until compiled, null if it cannot be. */
  jit: JitFunction | null | undefined = undefined;
  /** Entries counted before compiling (jit-runtime.ts). */
  jitEntries = 0;
  /** Backward jumps the eval loop made in this code since it last tried to compile it (jit-runtime.ts jitPolicy). */
  jitLoops = 0;
  /** Once compiled: the stack's height where the eval loop raises at each instruction (jit.ts raiseHeights). */
  jitRaiseSp: Int32Array | null = null;
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly consts: PyValue[];
  readonly handlers: readonly ExceptionTableEntry[];
  /** The source line of each code unit (-1 where there is none). */
  readonly lines: Int32Array;
  readonly isGenerator: boolean;
  readonly nlocalsplus: number;
  /** What a frame's localsplus and value stack start as (copied: quicker than filling a new array). */
  readonly emptyLocals: (PyValue | undefined)[];
  readonly emptyStack: PyValue[];
  /** 1 where a `line` event may fire (CPython 3.12's initialize_lines). */
  readonly lineStart: Uint8Array;
  /** Line events and steps count in this code (false for a batch task's `<expr>`). */
  readonly traced: boolean;
  /** The code unit of the first RESUME: 3.12 instruments nothing before it (MAKE_CELL, RETURN_GENERATOR, ...). */
  readonly firstResume: number;

  constructor(readonly code: CodeObject) {
    const bytes = code.co_code;
    const n = bytes.length >> 1;
    this.ops = new Uint8Array(n);
    this.args = new Int32Array(n);
    let ext = 0;
    for (let i = 0; i < n; i++) {
      const op = bytes[2 * i]!;
      const arg = bytes[2 * i + 1]! | ext;
      this.ops[i] = op;
      this.args[i] = arg;
      ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    }
    this.consts = objectElements((code.vmConsts as PyValue[] | undefined) ?? code.co_consts.map((c) => constToValue(c)));
    const decoded = code.decoded;
    this.handlers = decoded?.handlers ?? decodeExceptionTable(code.co_exceptiontable);
    this.lines = decoded?.lines ?? unitLines(code.co_firstlineno, code.co_linetable, n);
    this.isGenerator = (code.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
    this.nlocalsplus = code.co_localsplusnames.length;
    // (A new array's holes are copied as undefined.)
    this.emptyLocals = objectElements(new Array<PyValue | undefined>(this.nlocalsplus));
    this.emptyStack = objectElements(new Array<PyValue>(code.co_stacksize + 1));
    // The frame that evaluates a batch task's `expr`, and modules etpy implements in
    // Python, are not the program's: no line events.
    this.traced = code.co_filename !== '<expr>' && !code.co_filename.startsWith('<etpy ') && !untracedCode.has(code);
    this.lineStart = this.traced ? computeLineStarts(this.ops, this.args, this.lines, this.handlers) : new Uint8Array(n);
    this.firstResume = Math.max(this.ops.indexOf(Op.RESUME), 0);
  }

  /** The innermost handler covering code unit `unit`, or undefined. */
  handlerFor(unit: number): ExceptionTableEntry | undefined {
    for (const h of this.handlers) if (unit >= h.start && unit < h.end) return h;
    return undefined;
  }
}

/**
 * Instructions that can fire a `line` event: the first of each line in code
 * order, plus jump targets and exception handlers that have a line; never
 * RESUME, END_FOR, END_SEND or END_ASYNC_FOR, nor anything before the first
 * RESUME (instrumentation.c initialize_lines).
 */
function computeLineStarts(ops: Uint8Array, args: Int32Array, lines: Int32Array, handlers: readonly ExceptionTableEntry[]): Uint8Array {
  const n = ops.length;
  const starts = new Uint8Array(n);
  let first = 0;
  while (first < n && ops[first] !== Op.RESUME) first += INSTRUCTION_SIZE[ops[first]!]!;
  let current = -1;
  for (let i = first; i < n; i += INSTRUCTION_SIZE[ops[i]!]!) {
    const op = ops[i]!;
    const line = lines[i]!;
    if (op === Op.END_ASYNC_FOR || op === Op.END_FOR || op === Op.END_SEND || op === Op.RESUME) continue;
    if (line !== current && line >= 0) starts[i] = 1;
    current = line;
  }
  for (let i = first; i < n; ) {
    let j = i;
    while (ops[j] === Op.EXTENDED_ARG) j++;
    const op = ops[j]!;
    const oparg = args[j]!;
    const next = j + INSTRUCTION_SIZE[op]!;
    let target = -1;
    switch (op) {
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
      case Op.JUMP_FORWARD:
        target = next + oparg; break;
      case Op.FOR_ITER: case Op.SEND:
        target = next + oparg + 1; break;
      case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
        target = next - oparg; break;
    }
    if (target >= 0 && target < n && lines[target]! >= 0) starts[target] = 1;
    i = next;
  }
  for (const h of handlers) if (h.target < n && lines[h.target]! >= 0) starts[h.target] = 1;
  return starts;
}

/**
 * Code whose inline caches were made in this run. A cache entry holds what
 * its lookup found (a globals or builtins dict, a class, a method), so a code
 * object that outlives its run (the batch's compile cache, a host running
 * one code object again, the shipped stdlib's code) would keep the whole run
 * reachable through them, and every later scavenge would copy and promote
 * it. The entries never serve another run (each run has its own globals,
 * builtins and classes): runSource drops them when the run ends.
 */
const codeWithCaches: CodeInfo[] = [];

/** Notes `info` in codeWithCaches before its first cache is made. */
function willCache(info: CodeInfo): void {
  if (info.globalCache === null && info.attrCache === null) codeWithCaches.push(info);
}

/** `info`'s inline caches, made when its first cacheable LOAD_GLOBAL or LOAD_ATTR/STORE_ATTR runs. */
export function globalCacheOf(info: CodeInfo): (GlobalCacheEntry | undefined)[] {
  if (info.globalCache === null) {
    willCache(info);
    info.globalCache = new Array<GlobalCacheEntry | undefined>(info.ops.length);
  }
  return info.globalCache;
}

export function attrCacheOf(info: CodeInfo): (AttrCacheEntry | undefined)[] {
  if (info.attrCache === null) {
    willCache(info);
    info.attrCache = new Array<AttrCacheEntry | undefined>(info.ops.length);
  }
  return info.attrCache;
}

/** Forgets every inline cache this run made (see codeWithCaches). */
export function dropInlineCaches(): void {
  for (const info of codeWithCaches) {
    info.globalCache = null;
    info.attrCache = null;
  }
  codeWithCaches.length = 0;
}

export function codeInfo(code: CodeObject): CodeInfo {
  const info = code.vmInfo;
  if (info !== undefined) return info as CodeInfo;
  const made = new CodeInfo(code);
  code.vmInfo = made;
  return made;
}

/**
 * Converts the constants of `top` and every code object nested in it with one
 * cache, once per code (into CodeObject.vmConsts): the values are shared across
 * every code object compiled with it, as CPython's compiler merges equal
 * constants of a whole module (its const cache), so `a = (1, 2)` and a
 * function's `return (1, 2)` give the same tuple, and equal floats, bytes and
 * complex the same object.
 */
export function shareConstants(top: CodeObject): void {
  if (top.vmConsts !== undefined) return;
  const cache = new Map<string, PyValue>();
  const convert = (c: ConstValue): PyValue => {
    // A str, int, bool or None is the same value however often it appears (identity is by value): no key to make.
    if (typeof c === 'string' || typeof c === 'boolean' || typeof c === 'bigint' || c === null) return constToValue(c);
    const key = constKey(c);
    if (key === null) return constToValue(c, convert);
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = constToValue(c, convert)));
    return v;
  };
  const visit = (code: CodeObject): void => {
    code.vmConsts = code.co_consts.map((c) => {
      if (c instanceof CodeObject) visit(c);
      return convert(c);
    });
  };
  visit(top);
}

/** _PyCode_ConstantKey: equal constants of the same types (0.0 and -0.0 differ); null for code objects. */
function constKey(c: ConstValue): string | null {
  if (c === null) return 'N';
  switch (typeof c) {
    case 'bigint': return `i${c}`;
    case 'number': return `f${floatBits(c)}`;
    case 'string': return `s${c}`;
    case 'boolean': return c ? 'T' : 'F';
  }
  if (c instanceof ConstTuple) {
    const keys = c.items.map(constKey);
    return keys.includes(null) ? null : `t(${keys.join(',')})`;
  }
  if (c instanceof ConstFrozenset) {
    // The key of the set the items make ({255, 7, 255} and {7, 255} are one constant).
    const keys = frozensetConstMembers(c.items).map(constKey);
    return keys.includes(null) ? null : `z(${[...keys].sort().join(',')})`;
  }
  if (c instanceof PyBytes) return `y${Array.from(c.bytes).join('.')}`;
  if (c instanceof PyComplex) return `c${floatBits(c.real)}:${floatBits(c.imag)}`;
  if (c === PyEllipsis) return 'E';
  return null;
}

const bitsView = new DataView(new ArrayBuffer(8));
function floatBits(x: number): string {
  bitsView.setFloat64(0, x);
  return `${bitsView.getUint32(0).toString(16)}.${bitsView.getUint32(4).toString(16)}`;
}

export function constToValue(c: ConstValue, item: (c: ConstValue) => PyValue = (i) => constToValue(i)): PyValue {
  if (c === null) return None;
  switch (typeof c) {
    case 'bigint': return normInt(c);
    case 'number': return new PyFloat(c);
    case 'string':
    case 'boolean':
      return c;
  }
  if (c instanceof ConstTuple) return new PyTuple(tupleType, mapItems(c.items, item));
  if (c instanceof ConstFrozenset) {
    const table = new SetTable<PyValue>({ equals: eq });
    // The compiler builds a constant frozenset, then rebuilds it from its own iteration order.
    for (const member of frozensetConstInsertOrder(c.items)) {
      const v = item(member);
      table.add(v, slotHashOf(v));
    }
    return new PySet(frozensetType, table);
  }
  if (c instanceof CodeObject) return codeValue(c);
  if (c instanceof PyBytes) return new PyBytesValue(bytesType, c.bytes);
  if (c instanceof PyComplex) return new PyComplexValue(complexType, c.real, c.imag);
  if (c === PyEllipsis) return Ellipsis;
  throw new Error(`unknown constant ${String(c)}`);
}

export class Frame {
  /** Fast locals, then cells, then free variables (co_localsplusnames order). */
  readonly localsplus: (PyValue | undefined)[];
  readonly stack: PyValue[];
  sp = 0;
  /** The next code unit to execute. */
  pc = 0;
  /** The code unit of the instruction executing (or that last executed). */
  lasti = -1;
  back: Frame | null = null;
  /** Set while a generator owns the frame. */
  generator: PyValue | null = null;
  /** Returning to a native caller rather than to `back` in the same eval loop. */
  isEntry = false;
  /**
   * Called by Python code, though run by its own loop or compiled function
   * (jit-runtime.ts): its arguments were the caller's, as for a callee the
   * eval loop runs inline (release.ts releaseFrame).
   */
  calledInline = false;
  /** A Python callee run inline just returned or raised into this frame (line events, see eval.ts). */
  fromCall = false;
  /** An exception generator.throw() raises where the frame is suspended. */
  pendingThrow: PyException | null = null;
  /** An exception compiled code left to the eval loop, raised by the instruction at lasti (jit-runtime.ts). */
  pendingRaise: unknown = null;
  readonly info: CodeInfo;

  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The name→value mapping of module and class bodies; null in functions. */
    public locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    this.info = codeInfo(code);
    this.localsplus = this.info.emptyLocals.slice();
    this.stack = this.info.emptyStack.slice();
  }

  get lineno(): number {
    const unit = this.lasti < 0 ? 0 : this.lasti;
    const line = this.info.lines[unit] ?? -1;
    return line < 0 ? this.code.co_firstlineno : line;
  }
}

/**
 * The common call: exactly the positional parameters, no defaults, *args,
 * keywords or keyword-only parameters; the arguments are copied straight from
 * the caller's stack (no argument array). Null when the call is not that simple.
 */
export function newFrameFromStack(fn: PyFunction, stack: PyValue[], start: number, n: number): Frame | null {
  const code = fn.code;
  if (n !== code.co_argcount || (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0 || code.co_kwonlyargcount !== 0) return null;
  const frame = new Frame(code, fn.globals, fn.builtins, null, fn);
  const locals = frame.localsplus;
  for (let i = 0; i < n; i++) locals[i] = stack[start + i];
  return frame;
}

/** A function call's frame with its arguments bound (CPython's initialize_locals). */
export function newFrame(fn: PyFunction, args: PyValue[], kw: KwArgs | null): Frame {
  const code = fn.code;
  const frame = new Frame(code, fn.globals, fn.builtins, null, fn);
  const locals = frame.localsplus;
  const argcount = code.co_argcount;
  const flags = code.co_flags;
  const nargs = args.length;
  if (kw === null && nargs === argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0) {
    for (let i = 0; i < nargs; i++) locals[i] = args[i];
    return frame;
  }
  bindArguments(fn, frame, args, kw);
  return frame;
}

function bindArguments(fn: PyFunction, frame: Frame, args: PyValue[], kw: KwArgs | null): void {
  const code = fn.code;
  const locals = frame.localsplus;
  const names = code.co_localsplusnames;
  const argcount = code.co_argcount;
  const posonly = code.co_posonlyargcount;
  const kwonly = code.co_kwonlyargcount;
  const total = argcount + kwonly;
  const hasVarargs = (code.co_flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.co_flags & CO_VARKEYWORDS) !== 0;
  const qual = fn.qualname;
  let kwdict: PyDict | null = null;
  if (hasVarkw) {
    kwdict = newDict();
    locals[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(args.length, argcount);
  for (let i = 0; i < n; i++) locals[i] = args[i];
  if (hasVarargs) {
    locals[total] = new PyTuple(tupleType, args.slice(argcount));
  } else if (args.length > argcount) {
    throw tooManyPositional(fn, args.length, kw);
  }
  const posonlyAsKw: string[] = [];
  if (kw !== null) {
    for (const [key, value] of kw) {
      let idx = -1;
      for (let j = posonly; j < total; j++) if (names[j] === key) { idx = j; break; }
      if (idx < 0) {
        if (kwdict !== null) {
          kwdict.setStr(key, value);
          continue;
        }
        if (names.slice(0, posonly).includes(key)) { posonlyAsKw.push(key); continue; }
        throw typeError(`${qual}() got an unexpected keyword argument '${key}'`);
      }
      if (locals[idx] !== undefined) throw typeError(`${qual}() got multiple values for argument '${key}'`);
      locals[idx] = value;
    }
  }
  if (posonlyAsKw.length > 0) {
    throw typeError(`${qual}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
  }
  // Defaults for missing positionals.
  const defaults = fn.defaults ?? [];
  const firstDefault = argcount - defaults.length;
  const missing: string[] = [];
  for (let i = args.length; i < argcount; i++) {
    if (locals[i] !== undefined) continue;
    if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
    else missing.push(names[i]!);
  }
  if (missing.length > 0) throw missingArgs(qual, missing, 'positional');
  const kwMissing: string[] = [];
  for (let i = argcount; i < total; i++) {
    if (locals[i] !== undefined) continue;
    const d = fn.kwdefaults?.getStr(names[i]!);
    if (d !== undefined) locals[i] = d;
    else kwMissing.push(names[i]!);
  }
  if (kwMissing.length > 0) throw missingArgs(qual, kwMissing, 'keyword-only');
}

function missingArgs(qual: string, names: string[], kind: string): ReturnType<typeof typeError> {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0]!;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return typeError(`${qual}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}

function tooManyPositional(fn: PyFunction, given: number, kw: KwArgs | null): ReturnType<typeof typeError> {
  const code = fn.code;
  const argcount = code.co_argcount;
  const ndefaults = fn.defaults?.length ?? 0;
  let kwonlyGiven = 0;
  if (kw !== null) {
    const names = code.co_localsplusnames;
    for (let i = argcount; i < argcount + code.co_kwonlyargcount; i++) if (kw.has(names[i]!)) kwonlyGiven++;
  }
  const takes = ndefaults > 0 ? `from ${argcount - ndefaults} to ${argcount}` : String(argcount);
  const plural = ndefaults > 0 || argcount !== 1 ? 's' : '';
  const kwPart = kwonlyGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})` : '';
  const was = kwonlyGiven > 0 ? 'were' : given === 1 ? 'was' : 'were';
  return typeError(`${fn.qualname}() takes ${takes} positional argument${plural} but ${given}${kwPart} ${was} given`);
}

/** The value f_locals shows for localsplus slot `i`: a cell's contents, undefined when unbound. */
export function fastLocalValue(frame: Frame, i: number): PyValue | undefined {
  const v = frame.localsplus[i];
  return (frame.code.co_localspluskinds[i]! & (CO_FAST_CELL | CO_FAST_FREE)) !== 0 && v instanceof PyCell ? v.value : v;
}
