// From a code unit's instruction sequence to its code object: the tail of
// CPython 3.12's Python/compile.c (optimize_and_assemble_code_unit,
// prepare_localsplus and the prefix instructions it inserts, cfg_to_instr_sequence)
// and Python/assemble.c (code units, location table, exception table,
// localsplus names and kinds, makecode).
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL, CO_GENERATOR,
  CO_VARARGS, CO_VARKEYWORDS, CodeObject, type ConstValue,
} from '../bytecode/code.js';
import { exceptionTableBytes, type ExceptionTableEntry } from '../bytecode/exception-table.js';
import { locationTableBytes } from '../bytecode/linetable.js';
import { NO_LOCATION, type Location } from '../bytecode/location.js';
import { Op, OPCODE_INFO } from '../bytecode/opcodes.js';
import { cfgFromSequence, makeInstr, type BasicBlock, type Cfg, type CfgInstr } from './flowgraph-cfg.js';
import { stackDepth } from './flowgraph-stackdepth.js';
import { convertPseudoOps, instrSize, optimizeCodeUnit, resolveJumps } from './flowgraph.js';
import type { CodeUnit, CodeUnitMetadata } from './instructions.js';

/** compile.c's _PyCompile_ExceptHandlerInfo, resolved to offsets. */
interface HandlerInfo {
  readonly offset: number;
  readonly startDepth: number;
  readonly preserveLasti: boolean;
}

/**
 * An instruction of the final sequence: jumps resolved, pseudo-ops gone;
 * `handler` is its exception handler's block (offsets final by then), and
 * `units` its size in code units, EXTENDED_ARG prefixes and caches included.
 */
interface AssembledInstr {
  readonly opcode: number;
  readonly oparg: number;
  readonly loc: Location;
  readonly handler: HandlerInfo | null;
  readonly units: number;
}
/**
 * optimize_and_assemble_code_unit: optimize the unit's flow graph, add the
 * frame-setup prefix, size the stack, lay out and resolve jumps, and build
 * the code object.
 */
export function assembleCodeUnit(unit: CodeUnit): CodeObject {
  const md = unit.metadata;
  if (md.firstlineno <= 0) throw new Error('code unit without a first line');
  const consts = [...md.consts.values];
  const cfg = cfgFromSequence(unit.instrs);
  optimizeCodeUnit(cfg, { consts, cache: null, cacheSeed: md.consts.values }, {
    codeFlags: unit.flags, nlocals: md.varnames.size, nparams: parameterCount(md, unit.flags), firstlineno: md.firstlineno,
  });
  const nlocalsplus = prepareLocalsplus(md, cfg, unit.flags);
  const maxDepth = stackDepth(cfg, unit.flags);
  convertPseudoOps(cfg);
  resolveJumps(cfg);
  return makeCodeObject(md, consts, maxDepth, cfgToSequence(cfg), nlocalsplus, unit.flags, unit.filename);
}

/**
 * The symbol table's parameter count (len(ste_varnames)): positional-only,
 * positional and keyword-only parameters plus *args and **kwargs.
 */
function parameterCount(md: CodeUnitMetadata, flags: number): number {
  return md.posonlyargcount + md.argcount + md.kwonlyargcount +
    (flags & CO_VARARGS ? 1 : 0) + (flags & CO_VARKEYWORDS ? 1 : 0);
}

// ---- localsplus ---------------------------------------------------------------

/**
 * build_cellfixedoffsets: the localsplus slot of each cell and free variable
 * (indexed as deref opargs are: cells first, then free variables). A cell
 * that is also a parameter or local shares that variable's slot.
 */
function buildCellFixedOffsets(md: CodeUnitMetadata): number[] {
  const nlocals = md.varnames.size;
  const fixed: number[] = [];
  for (let i = 0; i < md.cellvars.size + md.freevars.size; i++) fixed.push(nlocals + i);
  const cells = md.cellvars.items;
  for (let cellIndex = 0; cellIndex < cells.length; cellIndex++) {
    const varIndex = md.varnames.get(cells[cellIndex]!);
    if (varIndex !== undefined) fixed[cellIndex] = varIndex;
  }
  return fixed;
}

/**
 * insert_prefix_instructions: COPY_FREE_VARS, then MAKE_CELL per cell in slot
 * order, then RETURN_GENERATOR + POP_TOP for generators and coroutines, all
 * before RESUME. MAKE_CELL's oparg is the cell index until fixCellOffsets.
 */
function insertPrefixInstructions(md: CodeUnitMetadata, cfg: Cfg, fixed: readonly number[], flags: number): void {
  const prefix: CfgInstr[] = [];
  if (md.freevars.size > 0) prefix.push(makeInstr(Op.COPY_FREE_VARS, md.freevars.size, NO_LOCATION));
  const ncells = md.cellvars.size;
  if (ncells > 0) {
    const cellAtSlot = new Array<number>(ncells + md.varnames.size).fill(-1);
    for (let i = 0; i < ncells; i++) cellAtSlot[fixed[i]!] = i;
    for (const cell of cellAtSlot) if (cell >= 0) prefix.push(makeInstr(Op.MAKE_CELL, cell, NO_LOCATION));
  }
  if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    const line = md.firstlineno;
    prefix.push(makeInstr(Op.RETURN_GENERATOR, 0, { lineno: line, endLineno: line, colOffset: -1, endColOffset: -1 }));
    prefix.push(makeInstr(Op.POP_TOP, 0, NO_LOCATION));
  }
  cfg.entry.instrs.unshift(...prefix);
}

const DEREF_OPCODES: ReadonlySet<number> = new Set([
  Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_FROM_DICT_OR_DEREF,
]);

/**
 * fix_cell_offsets: deref opargs become localsplus slots. Cells merged into
 * an argument's slot are dropped, so later cells and free variables move
 * down. Returns how many were dropped.
 */
function fixCellOffsets(md: CodeUnitMetadata, cfg: Cfg, fixed: number[]): number {
  const nlocals = md.varnames.size;
  let dropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= dropped;
    else dropped++;
  }
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (!DEREF_OPCODES.has(instr.opcode)) continue;
      const slot = fixed[instr.oparg];
      if (slot === undefined) throw new Error(`deref oparg ${instr.oparg} out of range`);
      instr.oparg = slot;
    }
  }
  return dropped;
}

/** prepare_localsplus: returns the number of localsplus slots. */
function prepareLocalsplus(md: CodeUnitMetadata, cfg: Cfg, flags: number): number {
  const fixed = buildCellFixedOffsets(md);
  insertPrefixInstructions(md, cfg, fixed, flags);
  const dropped = fixCellOffsets(md, cfg, fixed);
  return md.varnames.size + md.cellvars.size + md.freevars.size - dropped;
}

/** compute_localsplus_info: names and kinds, locals first, then cells not shared with a local, then free variables. */
function localsplusInfo(md: CodeUnitMetadata, nlocalsplus: number, kinds: Uint8Array): string[] {
  const names = new Array<string>(nlocalsplus).fill('');
  md.varnames.items.forEach((name, offset) => {
    let kind = CO_FAST_LOCAL;
    if (md.fasthidden.has(name)) kind |= CO_FAST_HIDDEN;
    if (md.cellvars.has(name)) kind |= CO_FAST_CELL;
    names[offset] = name;
    kinds[offset] = kind;
  });
  const nlocals = md.varnames.size;
  let dropped = 0;
  md.cellvars.items.forEach((name, cellIndex) => {
    if (md.varnames.has(name)) {
      dropped++;
      return;
    }
    names[nlocals - dropped + cellIndex] = name;
    kinds[nlocals - dropped + cellIndex] = CO_FAST_CELL;
  });
  md.freevars.items.forEach((name, freeIndex) => {
    const offset = nlocals - dropped + md.cellvars.size + freeIndex;
    names[offset] = name;
    kinds[offset] = CO_FAST_FREE;
  });
  return names;
}

// ---- layout -------------------------------------------------------------------

/** cfg_to_instr_sequence: blocks in layout order, each instruction with its handler and size. */
function cfgToSequence(cfg: Cfg): AssembledInstr[] {
  const out: AssembledInstr[] = [];
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      out.push({ opcode: i.opcode, oparg: i.oparg, loc: i.loc, handler: i.except, units: instrSize(i.opcode, i.oparg) });
    }
  }
  return out;
}

/** write_instr: EXTENDED_ARG prefixes, the instruction, then its CACHE units zeroed (into `code`, zeroed, two bytes a unit). */
function emitCode(instrs: readonly AssembledInstr[], code: Uint8Array): void {
  let pos = 0;
  for (const instr of instrs) {
    const info = OPCODE_INFO[instr.opcode];
    if (info === undefined || info.pseudo) throw new Error(`cannot assemble opcode ${instr.opcode}`);
    const oparg = instr.oparg;
    const prefixes = instr.units - 1 - info.cache;
    for (let shift = 8 * prefixes; shift > 0; shift -= 8) {
      code[pos++] = Op.EXTENDED_ARG;
      code[pos++] = (oparg >> shift) & 0xff;
    }
    code[pos++] = instr.opcode;
    code[pos++] = oparg & 0xff;
    pos += 2 * info.cache; // CACHE is opcode 0 with oparg 0
  }
}

/** assemble_exception_table: one entry per run of instructions sharing a handler. */
function exceptionTableEntries(instrs: readonly AssembledInstr[]): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let handler: HandlerInfo | null = null;
  let start = -1;
  let offset = 0;
  const close = (end: number): void => {
    if (handler === null) return;
    // The stored depth excludes the exception the handler receives, and lasti when pushed.
    const depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
    entries.push({ start, end, target: handler.offset, depth, lasti: handler.preserveLasti });
  };
  for (const instr of instrs) {
    if ((instr.handler?.offset ?? -1) !== (handler?.offset ?? -1)) {
      close(offset);
      start = offset;
      handler = instr.handler;
    }
    offset += instr.units;
  }
  close(offset);
  return entries;
}

/** _PyAssemble_MakeCodeObject. */
function makeCodeObject(
  md: CodeUnitMetadata, consts: readonly ConstValue[], maxDepth: number, instrs: readonly AssembledInstr[],
  nlocalsplus: number, flags: number, filename: string,
): CodeObject {
  let units = 0;
  for (const instr of instrs) units += instr.units;
  const handlers = exceptionTableEntries(instrs);
  // An instruction is a location run (its units and loc).
  const linetable = locationTableBytes(md.firstlineno, instrs);
  const exceptiontable = exceptionTableBytes(handlers);
  // The code object's five arrays are views of one buffer: postMessage's
  // structured clone (etpy batch sends compiled code to its workers) copies
  // a buffer once for all the views on it, where a buffer per array cost more
  // than the rest of the code object together. The lines come first: an
  // Int32Array starts at a multiple of 4.
  const buffer = new ArrayBuffer(units * 4 + units * 2 + nlocalsplus + linetable.length + exceptiontable.length);
  const lines = new Int32Array(buffer, 0, units);
  unitLines(instrs, lines);
  let at = units * 4;
  const view = (length: number): Uint8Array => {
    const v = new Uint8Array(buffer, at, length);
    at += length;
    return v;
  };
  const coCode = view(units * 2);
  emitCode(instrs, coCode);
  const kinds = view(nlocalsplus);
  const names = localsplusInfo(md, nlocalsplus, kinds);
  const coLinetable = view(linetable.length);
  coLinetable.set(linetable);
  const coExceptiontable = view(exceptiontable.length);
  coExceptiontable.set(exceptiontable);
  const code = new CodeObject({
    co_argcount: md.posonlyargcount + md.argcount,
    co_posonlyargcount: md.posonlyargcount,
    co_kwonlyargcount: md.kwonlyargcount,
    co_stacksize: maxDepth,
    co_flags: flags,
    co_code: coCode,
    co_consts: consts,
    co_names: [...md.names.items],
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_filename: filename,
    co_name: md.name,
    co_qualname: md.qualname,
    co_firstlineno: md.firstlineno,
    co_linetable: coLinetable,
    co_exceptiontable: coExceptiontable,
  });
  code.decoded = { lines, handlers };
  return code;
}

/** Each code unit's line, as decoding the location table gives it: an instruction's line over all its units, -1 for none. */
function unitLines(instrs: readonly AssembledInstr[], lines: Int32Array): void {
  let unit = 0;
  for (const instr of instrs) {
    const line = instr.loc.lineno < 0 ? -1 : instr.loc.lineno;
    for (const end = unit + instr.units; unit < end; unit++) lines[unit] = line;
  }
}
