// `dis.dis(code)` of CPython 3.12 (Lib/dis.py, default options): the same
// text, column for column, so it can be compared with CPython's output with
// only the `0x…` addresses masked. One argrepr rule per operand kind, as in
// dis.py's _get_instructions_bytes.
import { CodeObject, ConstFrozenset, ConstTuple, type ConstValue } from './code.js';
import { startupInterned } from './startup-interned.js';
import { decodeExceptionTable, type ExceptionTableEntry } from './exception-table.js';
import { lineStarts } from './linetable.js';
import {
  CMP_OP, INTRINSIC_1, INTRINSIC_2, NB_OPS, OPCODE_INFO, Op, hasArgList, hasCompare, hasConst, hasFree, hasJrel,
  hasLocal, hasName, opName,
} from './opcodes.js';
import { PyBytes, PyComplex } from '../parser/constants.js';
import { complexRepr, floatRepr } from '../runtime/float-repr.js';
import {
  HASH_NONE, hashBool, hashBytes, hashComplex, hashFloat, hashFrozenset, hashInt, hashPointer, hashStr, hashTuple,
} from '../runtime/hash.js';
import { SetTable, slotHash } from '../runtime/set-order.js';
import { bytesRepr, strRepr } from '../runtime/str-repr.js';

/**
 * What `%p` prints for a code object in `<code object … at 0x…>`. etpy has no
 * addresses; tests mask `0x[0-9a-f]+` on both sides.
 */
export const CODE_ADDRESS_PLACEHOLDER = '0x0000000000000000';

/** One decoded instruction, as dis.Instruction (caches skipped, offsets in bytes). */
export interface Instruction {
  readonly opname: string;
  readonly opcode: number;
  /** The full oparg (EXTENDED_ARG prefixes folded in), null for opcodes without one. */
  readonly arg: number | null;
  readonly argrepr: string;
  readonly offset: number;
  readonly startsLine: number | null;
  readonly isJumpTarget: boolean;
}

// dis.py's column widths.
const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'] as const;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'] as const;

export interface DisOptions {
  /**
   * Whether a str was interned, as another object, before compile() made
   * this code (see frozensetConstOrder). Default: the module's identifiers
   * (every co_names / co_localsplusnames / co_name in it), CPython's static
   * one-letter strings, and the strings a `python3 -m dis` process has
   * interned by then (startup-interned.ts); pass another set to match
   * another CPython context.
   */
  readonly isInterned?: (s: string) => boolean;
}

/** The text `dis.dis(code)` prints, nested code objects included; ends with a newline. */
export function disassemble(code: CodeObject, options: DisOptions = {}): string {
  const lines: string[] = [];
  const isInterned = options.isInterned ?? moduleInterned(code);
  disassembleRecursive(code, lines, isInterned);
  return lines.join('\n') + '\n';
}

function disassembleRecursive(code: CodeObject, out: string[], isInterned: (s: string) => boolean): void {
  disassembleOne(code, out, isInterned);
  for (const c of code.co_consts) {
    if (c instanceof CodeObject) {
      out.push('');
      out.push(`Disassembly of ${codeRepr(c)}:`);
      disassembleRecursive(c, out, isInterned);
    }
  }
}

/** The parser interns every identifier; they all end up in some code object's names. */
function moduleInterned(module: CodeObject): (s: string) => boolean {
  const names = new Set<string>(STATIC_ONE_LETTER_IDS);
  const visit = (code: CodeObject): void => {
    for (const n of code.co_names) names.add(n);
    for (const n of code.co_localsplusnames) names.add(n);
    names.add(code.co_name);
    for (const c of code.co_consts) if (c instanceof CodeObject) visit(c);
  };
  visit(module);
  const interned = startupInterned();
  return (s) => names.has(s) || interned.has(s);
}

function disassembleOne(code: CodeObject, out: string[], isInterned: (s: string) => boolean): void {
  const starts = lineStarts(code);
  const exceptions = decodeExceptionTable(code.co_exceptiontable);
  let linenoWidth = 0;
  if (starts.length > 0) {
    // Width 3 unless some line needs more; no column at all without line numbers.
    const maxLine = Math.max(...starts.map(([, line]) => line));
    linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  }
  const maxOffset = code.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of getInstructions(code, exceptions, isInterned)) {
    if (linenoWidth > 0 && ins.startsLine !== null && ins.offset > 0) out.push('');
    out.push(formatInstruction(ins, linenoWidth, offsetWidth));
  }
  if (exceptions.length > 0) {
    out.push('ExceptionTable:');
    for (const e of exceptions) {
      // dis shows the last protected byte offset, not one past it.
      out.push(`  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
}

function formatInstruction(ins: Instruction, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth > 0) fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  fields.push('   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push(`(${ins.argrepr})`);
  }
  return fields.join(' ').trimEnd();
}

/** (offset, opcode, oparg) for each instruction, caches skipped (dis._unpack_opargs). */
function* unpackOpargs(co: Uint8Array): Generator<[offset: number, op: number, arg: number | null]> {
  let extended = 0;
  let caches = 0;
  for (let i = 0; i + 1 < co.length; i += 2) {
    if (caches > 0) {
      caches--;
      continue;
    }
    const op = co[i]!;
    caches = OPCODE_INFO[op]?.cache ?? 0;
    if (hasArgList.has(op)) {
      const arg = co[i + 1]! | extended;
      // The oparg is a C int: an EXTENDED_ARG chain wraps at 32 bits.
      extended = op === Op.EXTENDED_ARG ? (arg << 8) | 0 : 0;
      yield [i, op, arg];
    } else {
      extended = 0;
      yield [i, op, null];
    }
  }
}

/** Byte offset a relative jump lands on: past the instruction and its caches. */
function jumpTarget(offset: number, op: number, arg: number): number {
  const signed = opName(op).includes('JUMP_BACKWARD') ? -arg : arg;
  return offset + 2 + signed * 2 + 2 * (OPCODE_INFO[op]?.cache ?? 0);
}

/** dis.get_instructions(code) without caches. */
export function getInstructions(
  code: CodeObject,
  exceptions: readonly ExceptionTableEntry[] = decodeExceptionTable(code.co_exceptiontable),
  isInterned: (s: string) => boolean = moduleInterned(code),
): Instruction[] {
  const starts = new Map(lineStarts(code));
  const unpacked = [...unpackOpargs(code.co_code)];
  const labels = new Set<number>();
  for (const [offset, op, arg] of unpacked) {
    if (arg !== null && hasJrel.has(op)) labels.add(jumpTarget(offset, op, arg));
  }
  for (const e of exceptions) if (e.end > e.start) labels.add(e.target * 2);

  return unpacked.map(([offset, op, arg]) => ({
    opname: opName(op),
    opcode: op,
    arg,
    argrepr: arg === null ? '' : argRepr(code, offset, op, arg, isInterned),
    offset,
    startsLine: starts.get(offset) ?? null,
    isJumpTarget: labels.has(offset),
  }));
}

function argRepr(code: CodeObject, offset: number, op: number, arg: number, isInterned: (s: string) => boolean): string {
  if (hasConst.has(op)) return constRepr(code.co_consts[arg]!, isInterned);
  if (hasName.has(op)) {
    if (op === Op.LOAD_GLOBAL) return (arg & 1 ? 'NULL + ' : '') + code.co_names[arg >> 1]!;
    if (op === Op.LOAD_ATTR) return (arg & 1 ? 'NULL|self + ' : '') + code.co_names[arg >> 1]!;
    if (op === Op.LOAD_SUPER_ATTR) return (arg & 1 ? 'NULL|self + ' : '') + code.co_names[arg >> 2]!;
    return code.co_names[arg]!;
  }
  if (hasJrel.has(op)) return `to ${jumpTarget(offset, op, arg)}`;
  // 3.12 opargs index localsplus directly, cells and free variables included.
  if (hasLocal.has(op) || hasFree.has(op)) return code.co_localsplusnames[arg]!;
  if (hasCompare.has(op)) return CMP_OP[arg >> 4]!;
  switch (op) {
    case Op.FORMAT_VALUE: {
      const conv = FORMAT_VALUE_CONVERTERS[arg & 3]!;
      if (!(arg & 4)) return conv;
      return conv ? `${conv}, with format` : 'with format';
    }
    case Op.MAKE_FUNCTION:
      return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
    case Op.BINARY_OP: return NB_OPS[arg]?.[1] ?? '';
    case Op.CALL_INTRINSIC_1: return INTRINSIC_1[arg] ?? '';
    case Op.CALL_INTRINSIC_2: return INTRINSIC_2[arg] ?? '';
  }
  return '';
}

// ---------------------------------------------------------------------------
// Constants: repr, hash and == as CPython applies them to co_consts values.

/** `repr(code)`: `<code object NAME at 0x…, file "FILE", line N>` (the file name unquoted). */
export function codeRepr(code: CodeObject): string {
  return `<code object ${code.co_name} at ${CODE_ADDRESS_PLACEHOLDER}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

/**
 * `repr(value)` of a constant; frozensets in the order CPython's constant
 * shows (`isInterned` as in DisOptions).
 */
export function constRepr(value: ConstValue, isInterned: (s: string) => boolean = isStaticOneLetter): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean': return value ? 'True' : 'False';
    case 'bigint': return value.toString();
    case 'number': return floatRepr(value);
    case 'string': return strRepr(value);
  }
  if (value instanceof ConstTuple) {
    const items = value.items.map((v) => constRepr(v, isInterned));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (value instanceof ConstFrozenset) {
    const items = frozensetConstOrder(value.items, isInterned);
    return items.length === 0 ? 'frozenset()' : `frozenset({${items.map((v) => constRepr(v, isInterned)).join(', ')}})`;
  }
  if (value instanceof CodeObject) return codeRepr(value);
  if (value instanceof PyBytes) return bytesRepr(value.bytes);
  if (value instanceof PyComplex) return complexRepr(value.real, value.imag);
  return 'Ellipsis';
}

/**
 * One-letter strs that CPython 3.12.1 has as static identifiers (_Py_ID),
 * distinct objects from the latin-1 singletons the parser returns, so
 * interning a literal 'a' swaps it (found with `sys.intern(chr(c)) is not chr(c)`).
 */
export const STATIC_ONE_LETTER_IDS: ReadonlySet<string> = new Set(['a', 'b', 'c', 'd', 'e', 'n', 'p', 'r', 's', 'x', '_']);

function isStaticOneLetter(s: string): boolean {
  return STATIC_ONE_LETTER_IDS.has(s);
}

/** codeobject.c all_name_chars: the strs _PyCode_New interns. */
export function isNameLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/**
 * The iteration order of a frozenset constant written as `items`. CPython
 * builds it from scratch up to three times, each time inserting the previous
 * build's order: (1) the AST optimizer folds the display in written order;
 * (2) constant merging (merge_consts_recursive) rebuilds it; (3) _PyCode_New
 * interns name-like str members and rebuilds the set if that swapped any
 * member for another object, i.e. when an equal str was interned earlier
 * (`isInterned`: an identifier, a string interned at startup, a static
 * one-letter id). Orders can differ after each build when keys collide.
 */
export function frozensetConstOrder(
  items: readonly ConstValue[],
  isInterned: (s: string) => boolean = isStaticOneLetter,
): ConstValue[] {
  return setOrder(frozensetConstInsertOrder(items, isInterned));
}

/**
 * The order in which the final constant frozenset's items were added (its
 * slot layout follows from it): the iteration order of the previous build.
 */
export function frozensetConstInsertOrder(
  items: readonly ConstValue[],
  isInterned: (s: string) => boolean = isStaticOneLetter,
): ConstValue[] {
  const once = setOrder(items);
  const twice = setOrder(once);
  const swapped = twice.some((v) => typeof v === 'string' && isNameLike(v) && isInterned(v));
  return swapped ? twice : once;
}

/** A constant frozenset's members: its items without the ones equal to an earlier item ({1, True} is {1}). */
export function frozensetConstMembers(items: readonly ConstValue[]): ConstValue[] {
  return setOrder(items);
}

function setOrder(items: readonly ConstValue[]): ConstValue[] {
  const table = new SetTable<ConstValue>({ equals: constEquals });
  for (const item of items) table.add(item, slotHash(constHash(item)));
  return [...table];
}

/**
 * `hash(value)`. Ellipsis and code objects hash by address in CPython; they
 * get a fixed stand-in here, so sets holding them may order differently.
 */
export function constHash(value: ConstValue): bigint {
  if (value === null) return HASH_NONE;
  switch (typeof value) {
    case 'boolean': return hashBool(value);
    case 'bigint': return hashInt(value);
    case 'number': return hashFloat(value);
    case 'string': return hashStr(value);
  }
  if (value instanceof ConstTuple) return hashTuple(value.items.map(constHash));
  if (value instanceof ConstFrozenset) return hashFrozenset(setOrder(value.items).map(constHash));
  if (value instanceof PyBytes) return hashBytes(value.bytes);
  if (value instanceof PyComplex) return hashComplex(value.real, value.imag);
  return hashPointer(0n);
}

/** A number-like constant as [real, imag] with ints exact, for cross-type ==. */
function numeric(v: ConstValue): [bigint | number, number] | undefined {
  if (typeof v === 'boolean') return [v ? 1n : 0n, 0];
  if (typeof v === 'bigint' || typeof v === 'number') return [v, 0];
  if (v instanceof PyComplex) return [v.real, v.imag];
  return undefined;
}

function realEquals(a: bigint | number, b: bigint | number): boolean {
  if (typeof a === typeof b) return a === b;
  // int == float compares exactly: 2**53 + 1 != 2.0**53.
  const [i, f] = (typeof a === 'bigint' ? [a, b] : [b, a]) as [bigint, number];
  return Number.isInteger(f) && BigInt(f) === i;
}

/** Python `==` between constants: 1 == 1.0 == True == (1+0j), tuples itemwise, frozensets as sets. */
export function constEquals(a: ConstValue, b: ConstValue): boolean {
  if (a === b) return true;
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined || nb !== undefined) {
    return na !== undefined && nb !== undefined && realEquals(na[0], nb[0]) && na[1] === nb[1];
  }
  if (a instanceof ConstTuple && b instanceof ConstTuple) {
    return a.items.length === b.items.length && a.items.every((x, i) => constEquals(x, b.items[i]!));
  }
  if (a instanceof ConstFrozenset && b instanceof ConstFrozenset) {
    const sa = setOrder(a.items);
    const sb = setOrder(b.items);
    return sa.length === sb.length && sa.every((x) => sb.some((y) => constEquals(x, y)));
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i]);
  }
  return false;
}
