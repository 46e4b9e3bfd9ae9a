// The control-flow graph the optimizer and assembler work on, as CPython 3.12
// keeps it (Include/internal/pycore_flowgraph.h): basic blocks chained in
// layout order by `next`, each a list of instructions whose jumps point at
// blocks. This file builds the graph (from codegen's instruction sequence or
// from `_testinternalcapi`'s tuples), turns it back into tuples, and holds the
// small predicates every pass shares (pycore_opcode_utils.h).
import type { Location } from '../bytecode/location.js';
import { Op, hasJrel, hasConst } from '../bytecode/opcodes.js';
import type { InstrSequence } from './instructions.js';

/** `(opcode, oparg, lineno, end_lineno, col_offset, end_col_offset)`, jump opargs being instruction indices. */
export type InstrTuple = [number, number, number, number, number, number];

/** CPython's NO_LABEL: the block is not a jump target (as far as labels go). */
export const NO_LABEL = -1;

export interface CfgInstr {
  opcode: number;
  /** For jumps: the label id the instruction came with (the assembler's first size guess reads it). */
  oparg: number;
  loc: Location;
  /** The jump or exception-block target, for `hasTarget` opcodes. */
  target: BasicBlock | null;
  /** The handler an exception raised here goes to (set by labelExceptionTargets). */
  except: BasicBlock | null;
}

/** An exception-handler stack: `handlers[0]` is null (no handler), `handlers[depth]` the innermost. */
export interface ExceptStack {
  handlers: (BasicBlock | null)[];
  depth: number;
}

export class BasicBlock {
  instrs: CfgInstr[] = [];
  /** The block control falls into (layout order); null at the end. */
  next: BasicBlock | null = null;
  label: number = NO_LABEL;
  exceptStack: ExceptStack | null = null;
  /** Bit i set: local i may be unbound on entry (64 locals at most, as CPython): locals 0-31 in Lo, 32-63 in Hi. */
  unsafeLocalsLo = 0;
  unsafeLocalsHi = 0;
  predecessors = 0;
  startDepth = Number.MIN_SAFE_INTEGER;
  /** Offset in code units, once jumps are resolved. */
  offset = 0;
  preserveLasti = false;
  visited = false;
  exceptHandler = false;
  cold = false;
  warm = false;
}

export class Cfg {
  entry: BasicBlock;
  /** The block being appended to while building. */
  current: BasicBlock;
  /** A label waiting to be attached to the next instruction's block. */
  private pendingLabel = NO_LABEL;

  constructor() {
    this.entry = new BasicBlock();
    this.current = this.entry;
  }

  /** cfg_builder_current_block_is_terminated, which also labels an empty block in passing. */
  private currentBlockIsTerminated(): boolean {
    const last = lastInstr(this.current);
    if (last !== undefined && isTerminator(last.opcode)) return true;
    if (this.pendingLabel !== NO_LABEL) {
      if (last !== undefined || this.current.label !== NO_LABEL) return true;
      this.current.label = this.pendingLabel;
      this.pendingLabel = NO_LABEL;
    }
    return false;
  }

  private maybeStartNewBlock(): void {
    if (!this.currentBlockIsTerminated()) return;
    const b = new BasicBlock();
    b.label = this.pendingLabel;
    this.pendingLabel = NO_LABEL;
    this.current.next = b;
    this.current = b;
  }

  useLabel(label: number): void {
    this.pendingLabel = label;
    this.maybeStartNewBlock();
  }

  addOp(opcode: number, oparg: number, loc: Location): void {
    this.maybeStartNewBlock();
    this.current.instrs.push(makeInstr(opcode, oparg, loc));
  }
}

export function makeInstr(opcode: number, oparg: number, loc: Location): CfgInstr {
  return { opcode, oparg, loc, target: null, except: null };
}

/** A value copy, as C copies the struct (targets and handlers are shared pointers). */
export function copyInstr(i: CfgInstr): CfgInstr {
  return { opcode: i.opcode, oparg: i.oparg, loc: i.loc, target: i.target, except: i.except };
}

// ---- opcode classes (pycore_opcode_utils.h) ---------------------------------

// The flow-graph passes ask these per instruction many times over: flat tables (pseudo-ops go up to 267).
function opcodeTable(opcodes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(512);
  for (const op of opcodes) table[op] = 1;
  return table;
}
const JUMP = opcodeTable(hasJrel);
const CONST = opcodeTable(hasConst);
const TARGET = opcodeTable([...hasJrel, Op.SETUP_FINALLY, Op.SETUP_WITH, Op.SETUP_CLEANUP]);

export function isJump(opcode: number): boolean { return JUMP[opcode] === 1; }

export function isBlockPush(opcode: number): boolean {
  return opcode === Op.SETUP_FINALLY || opcode === Op.SETUP_WITH || opcode === Op.SETUP_CLEANUP;
}

export function hasTarget(opcode: number): boolean { return TARGET[opcode] === 1; }

export function isScopeExit(opcode: number): boolean {
  return opcode === Op.RETURN_VALUE || opcode === Op.RETURN_CONST ||
    opcode === Op.RAISE_VARARGS || opcode === Op.RERAISE;
}

export function isUnconditionalJump(opcode: number): boolean {
  return opcode === Op.JUMP || opcode === Op.JUMP_NO_INTERRUPT || opcode === Op.JUMP_FORWARD ||
    opcode === Op.JUMP_BACKWARD || opcode === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

export function isTerminator(opcode: number): boolean { return isJump(opcode) || isScopeExit(opcode); }

export function isBackwardsJump(opcode: number): boolean {
  return opcode === Op.JUMP_BACKWARD || opcode === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

export function isConstOpcode(opcode: number): boolean { return CONST[opcode] === 1; }

// ---- block helpers ----------------------------------------------------------

export function lastInstr(b: BasicBlock): CfgInstr | undefined {
  const n = b.instrs.length;
  // Not b.instrs[-1] for an empty block: V8 reads an index out of bounds on a slow path.
  return n === 0 ? undefined : b.instrs[n - 1];
}

export function exitsScope(b: BasicBlock): boolean {
  const last = lastInstr(b);
  return last !== undefined && isScopeExit(last.opcode);
}

/** BB_NO_FALLTHROUGH: the block ends in a return, raise or unconditional jump. */
export function noFallthrough(b: BasicBlock): boolean {
  const last = lastInstr(b);
  return last !== undefined && (isScopeExit(last.opcode) || isUnconditionalJump(last.opcode));
}

export function hasFallthrough(b: BasicBlock): boolean { return !noFallthrough(b); }

/** INSTR_SET_OP0: the instruction becomes `opcode` with no argument. */
export function setOp0(i: CfgInstr, opcode: number): void {
  i.opcode = opcode;
  i.oparg = 0;
}

/** make_cfg_traversal_stack's side effect: every block in layout order unvisited. */
export function clearVisited(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) b.visited = false;
}

export function maxLabel(cfg: Cfg): number {
  let max = NO_LABEL;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) if (b.label > max) max = b.label;
  return max;
}

/** copy_basicblock: only blocks without fallthrough can be copied (one fallthrough predecessor each). */
export function copyBlock(block: BasicBlock): BasicBlock {
  const result = new BasicBlock();
  result.instrs = block.instrs.map(copyInstr);
  return result;
}

// ---- building ----------------------------------------------------------------

/**
 * compile.c's instr_sequence_to_cfg. Every label codegen bound starts a block
 * (even one nothing jumps to); of several labels on one instruction the last
 * created wins, and jumps are renamed to it.
 */
export function cfgFromSequence(seq: InstrSequence): Cfg {
  const cfg = new Cfg();
  const labelAt = new Array<number>(seq.instrs.length).fill(NO_LABEL);
  seq.labelMap.forEach((offset, label) => {
    // A label bound after the last instruction marks nothing codegen can jump to in 3.12.
    if (offset >= 0 && offset < seq.instrs.length) labelAt[offset] = label;
  });
  seq.instrs.forEach((instr, i) => {
    if (labelAt[i] !== NO_LABEL) cfg.useLabel(labelAt[i]!);
    let oparg = instr.oparg;
    if (hasTarget(instr.opcode)) {
      const offset = seq.labelMap[oparg];
      if (offset === undefined || offset < 0 || offset >= seq.instrs.length) {
        throw new Error(`jump to unbound label ${oparg}`);
      }
      oparg = labelAt[offset]!;
    }
    cfg.addOp(instr.opcode, oparg, instr.loc);
  });
  return cfg;
}

/** compile.c's instructions_to_cfg: only jump targets get labels, named by instruction index. */
export function cfgFromTuples(instructions: readonly (readonly number[])[]): Cfg {
  const isTarget = new Array<boolean>(instructions.length).fill(false);
  for (const t of instructions) {
    if (hasTarget(t[0]!)) {
      const oparg = t[1]!;
      if (oparg < 0 || oparg >= instructions.length) throw new RangeError('label out of range');
      isTarget[oparg] = true;
    }
  }
  const cfg = new Cfg();
  instructions.forEach((t, i) => {
    if (isTarget[i]) cfg.useLabel(i);
    const loc: Location = { lineno: t[2]!, endLineno: t[3]!, colOffset: t[4]!, endColOffset: t[5]! };
    cfg.addOp(t[0]!, t[1]!, loc);
  });
  return cfg;
}

/** translate_jump_labels_to_targets: jump opargs (label ids) become block pointers. */
export function translateJumpLabelsToTargets(cfg: Cfg): void {
  const blockOf = new Map<number, BasicBlock>();
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) if (b.label >= 0) blockOf.set(b.label, b);
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (!hasTarget(instr.opcode)) continue;
      const target = blockOf.get(instr.oparg);
      if (target === undefined) throw new Error(`no block for label ${instr.oparg}`);
      instr.target = target;
    }
  }
}

/** compile.c's cfg_to_instructions: jump opargs become the target's first instruction index. */
export function cfgToTuples(cfg: Cfg): InstrTuple[] {
  const firstIndex = new Map<BasicBlock, number>();
  let index = 0;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    firstIndex.set(b, index);
    index += b.instrs.length;
  }
  const out: InstrTuple[] = [];
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      const arg = hasTarget(i.opcode) ? firstIndex.get(i.target!)! : i.oparg;
      out.push([i.opcode, arg, i.loc.lineno, i.loc.endLineno, i.loc.colOffset, i.loc.endColOffset]);
    }
  }
  return out;
}

/** check_cfg: a jump or exit must end its block. */
export function checkCfg(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    b.instrs.forEach((instr, i) => {
      if (isTerminator(instr.opcode) && i !== b.instrs.length - 1) {
        throw new Error('SystemError: malformed control flow graph.');
      }
    });
  }
}
