// The code object: what the compiler produces and the VM, dis and the tracer
// read. Field names are CPython's `co_*` attributes so code written against
// CPython's documentation reads the same here.
import type { PyConstant } from '../parser/constants.js';
import type { ExceptionTableEntry } from './exception-table.js';

/** A tuple constant (`co_consts` entries made by constant folding or `(1, 2)`). */
export class ConstTuple {
  constructor(readonly items: readonly ConstValue[]) {}
}

/** A frozenset constant (`x in {1, 2}`); items in the order they were written. */
export class ConstFrozenset {
  constructor(readonly items: readonly ConstValue[]) {}
}

/** Anything that can sit in `co_consts`. */
export type ConstValue = PyConstant | ConstTuple | ConstFrozenset | CodeObject;

// co_flags bits (Include/cpython/code.h).
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

// co_localspluskinds bits (Include/internal/pycore_code.h).
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export interface CodeObjectFields {
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_stacksize: number;
  readonly co_flags: number;
  /** Code units as bytes: opcode, oparg, then CACHE units, as CPython lays them out. */
  readonly co_code: Uint8Array;
  readonly co_consts: readonly ConstValue[];
  readonly co_names: readonly string[];
  readonly co_localsplusnames: readonly string[];
  readonly co_localspluskinds: Uint8Array;
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_firstlineno: number;
  /** The 3.11+ location table (Objects/locations.md). */
  readonly co_linetable: Uint8Array;
  readonly co_exceptiontable: Uint8Array;
}

/** A code object's tables decoded: each code unit's line (-1: none), and the exception table's entries. */
export interface DecodedTables {
  readonly lines: Int32Array;
  readonly handlers: readonly ExceptionTableEntry[];
}

export class CodeObject implements CodeObjectFields {
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_stacksize: number;
  readonly co_flags: number;
  readonly co_code: Uint8Array;
  readonly co_consts: readonly ConstValue[];
  readonly co_names: readonly string[];
  readonly co_localsplusnames: readonly string[];
  readonly co_localspluskinds: Uint8Array;
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_firstlineno: number;
  readonly co_linetable: Uint8Array;
  readonly co_exceptiontable: Uint8Array;
  // The VM's per-code data, kept here rather than in WeakMaps keyed by the code:
  // a WeakMap entry costs a hash insertion and GC bookkeeping per code object,
  // ~2% of a distinct-source batch task.
  /** What the VM decodes from this code object once (src/vm/frame.ts CodeInfo); unset until first run. */
  vmInfo: unknown = undefined;
  /** Its constants as Python values, shared with the code compiled with it (src/vm/frame.ts shareConstants). */
  vmConsts: unknown = undefined;
  /** Its Python code object (src/vm/code-value.ts). */
  vmValue: unknown = undefined;
  /** Its identity number in constant keys (constKey below); -1 until one is needed. */
  constId = -1;
  /**
   * co_linetable and co_exceptiontable as the VM reads them, set by the
   * assembler, which has them at hand (CodeInfo would decode the tables
   * again); undefined for code objects made otherwise.
   */
  decoded: DecodedTables | undefined = undefined;

  constructor(fields: CodeObjectFields) {
    this.co_argcount = fields.co_argcount;
    this.co_posonlyargcount = fields.co_posonlyargcount;
    this.co_kwonlyargcount = fields.co_kwonlyargcount;
    this.co_stacksize = fields.co_stacksize;
    this.co_flags = fields.co_flags;
    this.co_code = fields.co_code;
    this.co_consts = fields.co_consts;
    this.co_names = fields.co_names;
    this.co_localsplusnames = fields.co_localsplusnames;
    this.co_localspluskinds = fields.co_localspluskinds;
    this.co_filename = fields.co_filename;
    this.co_name = fields.co_name;
    this.co_qualname = fields.co_qualname;
    this.co_firstlineno = fields.co_firstlineno;
    this.co_linetable = fields.co_linetable;
    this.co_exceptiontable = fields.co_exceptiontable;
  }

  private namesOfKind(kind: number): string[] {
    const out: string[] = [];
    this.co_localsplusnames.forEach((name, i) => {
      if (this.co_localspluskinds[i]! & kind) out.push(name);
    });
    return out;
  }

  /** Arguments and locals, hidden comprehension locals included (as CPython). */
  get co_varnames(): string[] { return this.namesOfKind(CO_FAST_LOCAL); }
  get co_cellvars(): string[] { return this.namesOfKind(CO_FAST_CELL); }
  get co_freevars(): string[] { return this.namesOfKind(CO_FAST_FREE); }
  get co_nlocals(): number { return this.co_varnames.length; }
}

/**
 * CPython's `_PyCode_ConstantKey`: two constants share a `co_consts` slot only
 * when they have the same type and value, so `1`, `1.0`, `True` and `-0.0` vs
 * `0.0` stay apart, and code objects are only ever equal to themselves.
 */
export function constKey(value: ConstValue): string {
  if (value === null) return 'N';
  switch (typeof value) {
    case 'boolean': return value ? 'T' : 'F';
    case 'bigint': return `i${value}`;
    case 'number': return `f${Object.is(value, -0) ? '-0' : String(value)}`;
    // Alone, a str's key needs no quoting (no other key starts with `s`); inside a tuple it does.
    case 'string': return `s${value}`;
  }
  if (value instanceof ConstTuple) return `(${value.items.map(itemKey).join(',')})`;
  if (value instanceof ConstFrozenset) {
    return `{${[...new Set(value.items.map(itemKey))].sort().join(',')}}`;
  }
  if (value instanceof CodeObject) {
    // Identity; ConstTable merges equal code objects itself (codeEquals).
    if (value.constId < 0) value.constId = nextCodeId++;
    return `c${value.constId}`;
  }
  if ('kind' in value) return 'E';
  if ('bytes' in value) return `b${Array.from(value.bytes).join('.')}`;
  return `j${Object.is(value.real, -0) ? '-0' : value.real},${Object.is(value.imag, -0) ? '-0' : value.imag}`;
}

/** The key of a tuple or frozenset member: strings quoted, so keys of different tuples never run together. */
function itemKey(value: ConstValue): string {
  return typeof value === 'string' ? `s${JSON.stringify(value)}` : constKey(value);
}

/**
 * Two code objects are one constant in CPython when code_richcompare finds
 * them equal: name, argument counts, flags, first line, instructions,
 * constants, names, local names, line and exception tables (not qualname or
 * filename). So `while any(g for g in x)`, whose test is compiled twice,
 * keeps one <genexpr> constant.
 */
export function codeEquals(a: CodeObject, b: CodeObject): boolean {
  if (a === b) return true;
  return a.co_name === b.co_name && a.co_argcount === b.co_argcount && a.co_posonlyargcount === b.co_posonlyargcount
    && a.co_kwonlyargcount === b.co_kwonlyargcount && a.co_flags === b.co_flags && a.co_firstlineno === b.co_firstlineno
    && bytesEqual(a.co_code, b.co_code) && a.co_consts.length === b.co_consts.length
    && a.co_consts.every((c, i) => {
      const d = b.co_consts[i]!;
      return c instanceof CodeObject && d instanceof CodeObject ? codeEquals(c, d) : constKey(c) === constKey(d);
    })
    && stringsEqual(a.co_names, b.co_names) && stringsEqual(a.co_localsplusnames, b.co_localsplusnames)
    && bytesEqual(a.co_linetable, b.co_linetable) && bytesEqual(a.co_exceptiontable, b.co_exceptiontable);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function stringsEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

// Identity numbers for code objects (CodeObject.constId).
let nextCodeId = 0;
