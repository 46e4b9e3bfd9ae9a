// flowgraph.c's whole-graph optimizations, in the order optimize_cfg runs
// them: empty-block removal, inlining of small exit blocks, the peephole pass,
// NOP and dead-pair removal, reachability, redundant-jump removal; then
// remove_unused_consts and the LOAD_FAST_CHECK analysis that follow it.
import { NO_LOCATION } from '../bytecode/location.js';
import { Op } from '../bytecode/opcodes.js';
import {
  NO_LABEL, checkCfg, clearVisited, copyInstr, exitsScope, hasFallthrough, hasTarget, isBlockPush,
  isConstOpcode, isJump, isUnconditionalJump, lastInstr, maxLabel, setOp0,
  type BasicBlock, type Cfg, type CfgInstr,
} from './flowgraph-cfg.js';
import { optimizeBasicBlock, type ConstPool } from './flowgraph-peephole.js';

/** Blocks this size or smaller that end in a return or raise are copied into jumps to them. */
const MAX_COPY_SIZE = 4;

/**
 * eliminate_empty_basic_blocks. A jump whose target was empty moves to the
 * next non-empty block, which gets a fresh label if it had none (labels decide
 * where remove_redundant_nops_and_pairs stops looking back).
 */
export function eliminateEmptyBasicBlocks(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    let next: BasicBlock | null = b.next;
    while (next !== null && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  while (cfg.entry.instrs.length === 0 && cfg.entry.next !== null) cfg.entry = cfg.entry.next;
  let nextLabel = maxLabel(cfg) + 1;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (!hasTarget(instr.opcode)) continue;
      let target = instr.target!;
      // An empty block keeps its old `next`, which is where its code would have continued.
      while (target.instrs.length === 0) target = target.next!;
      if (instr.target !== target) {
        if (target.label === NO_LABEL) target.label = nextLabel++;
        instr.target = target;
        instr.oparg = target.label;
      }
    }
  }
}

/** The first located instruction of the next non-empty block, skipping NOPs that will go. */
function nextBlockLineno(bb: BasicBlock): number | undefined {
  let next = bb.next;
  while (next !== null && next.instrs.length === 0) next = next.next;
  if (next === null) return undefined;
  for (const instr of next.instrs) {
    if (instr.opcode === Op.NOP && instr.loc.lineno === NO_LOCATION.lineno) continue;
    return instr.loc.lineno;
  }
  return NO_LOCATION.lineno;
}

/**
 * remove_redundant_nops: a NOP stays only when it is the sole carrier of its
 * line (so line tracing still sees that line). Returns how many were removed.
 */
export function removeRedundantNops(bb: BasicBlock): number {
  const instrs = bb.instrs;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < instrs.length; src++) {
    const instr = instrs[src]!;
    const lineno = instr.loc.lineno;
    if (instr.opcode === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const next = instrs[src + 1]!;
        if (next.loc.lineno === lineno) continue;
        if (next.loc.lineno < 0) {
          next.loc = instr.loc;
          continue;
        }
      } else if (nextBlockLineno(bb) === lineno) {
        continue;
      }
    }
    instrs[dest++] = instr;
    prevLineno = lineno;
  }
  const removed = instrs.length - dest;
  instrs.length = dest;
  return removed;
}

/**
 * remove_redundant_nops_and_pairs: `LOAD_CONST; POP_TOP` and `COPY 1; POP_TOP`
 * cancel out, also across a fallthrough into a block no label marks; repeated
 * until nothing changes, since removing a pair can expose another.
 */
function removeRedundantNopsAndPairs(cfg: Cfg): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: CfgInstr | null = null;
    let instr: CfgInstr | null = null;
    for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
      removeRedundantNops(b);
      if (b.label !== NO_LABEL) instr = null;
      for (const current of b.instrs) {
        prev = instr;
        instr = current;
        const prevOpcode = prev?.opcode ?? 0;
        const prevOparg = prev?.oparg ?? 0;
        if (instr.opcode === Op.POP_TOP &&
            (prevOpcode === Op.LOAD_CONST || (prevOpcode === Op.COPY && prevOparg === 1))) {
          setOp0(prev!, Op.NOP);
          setOp0(instr, Op.NOP);
          done = false;
        }
      }
      if ((instr !== null && isJump(instr.opcode)) || !hasFallthrough(b)) instr = null;
    }
  }
}

/** remove_redundant_jumps: an unconditional jump to the very next block becomes a NOP. */
export function removeRedundantJumps(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === undefined || !isUnconditionalJump(last.opcode)) continue;
    if (last.target === null) throw new Error('SystemError: jump with NULL target');
    if (last.target === b.next) setOp0(last, Op.NOP);
  }
}

/** inline_small_exit_blocks: a jump to a short block that returns or raises becomes a copy of it. */
function inlineSmallExitBlocks(bb: BasicBlock): void {
  const last = lastInstr(bb);
  if (last === undefined || !isUnconditionalJump(last.opcode)) return;
  const target = last.target!;
  if (exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE) {
    setOp0(last, Op.NOP);
    for (const instr of target.instrs) bb.instrs.push(copyInstr(instr));
  }
}

/**
 * mark_reachable: counts each block's predecessors. As in CPython a block is
 * marked visited when popped, not pushed, so one pushed twice is counted
 * through twice; the counts feed the line-number passes, so this is kept.
 */
export function markReachable(cfg: Cfg): void {
  clearVisited(cfg);
  const stack: BasicBlock[] = [cfg.entry];
  cfg.entry.predecessors = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next !== null && hasFallthrough(b)) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode) || isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

/** optimize_cfg. Size-reducing rewrites leave NOPs, removed at the end. */
export function optimizeCfg(cfg: Cfg, pool: ConstPool): void {
  checkCfg(cfg);
  eliminateEmptyBasicBlocks(cfg);
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) inlineSmallExitBlocks(b);
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) optimizeBasicBlock(b, pool);
  removeRedundantNopsAndPairs(cfg);
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) inlineSmallExitBlocks(b);
  markReachable(cfg);
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) if (b.predecessors === 0) b.instrs.length = 0;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) removeRedundantNops(b);
  eliminateEmptyBasicBlocks(cfg);
  removeRedundantJumps(cfg);
}

/**
 * remove_unused_consts: drops constants no instruction loads and renumbers
 * the rest, keeping order. Slot 0 always stays (it may be the docstring).
 */
export function removeUnusedConsts<T>(cfg: Cfg, consts: T[]): void {
  const n = consts.length;
  if (n === 0) return;
  const used = new Array<boolean>(n).fill(false);
  used[0] = true;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) for (const i of b.instrs) if (isConstOpcode(i.opcode)) used[i.oparg] = true;
  const newIndex = new Array<number>(n).fill(-1);
  let kept = 0;
  for (let i = 0; i < n; i++) if (used[i]) newIndex[i] = kept++;
  if (kept === n) return;
  for (let i = 0; i < n; i++) if (newIndex[i]! >= 0) consts[newIndex[i]!] = consts[i]!;
  consts.length = kept;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    for (const i of b.instrs) if (isConstOpcode(i.opcode)) i.oparg = newIndex[i.oparg]!;
  }
}

// ---- LOAD_FAST_CHECK ----------------------------------------------------------

/**
 * maybe_push: revisit `b` only when the mask (locals 0-31 in `lo`, 32-63 in
 * `hi`) tells it something new (each block on the stack once).
 */
function maybePush(b: BasicBlock, lo: number, hi: number, stack: BasicBlock[]): void {
  const newLo = b.unsafeLocalsLo | lo, newHi = b.unsafeLocalsHi | hi;
  if (newLo !== b.unsafeLocalsLo || newHi !== b.unsafeLocalsHi) {
    b.unsafeLocalsLo = newLo;
    b.unsafeLocalsHi = newHi;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: BasicBlock, stack: BasicBlock[]): void {
  let lo = b.unsafeLocalsLo, hi = b.unsafeLocalsHi;
  for (const instr of b.instrs) {
    if (instr.except !== null) maybePush(instr.except, lo, hi, stack);
    const arg = instr.oparg;
    if (arg >= 64) continue;
    switch (instr.opcode) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        if (arg < 32) lo |= 1 << arg; else hi |= 1 << (arg - 32);
        break;
      case Op.LOAD_FAST:
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK: // if it does not raise, the local is bound from here on
        if (instr.opcode === Op.LOAD_FAST && (arg < 32 ? lo & (1 << arg) : hi & (1 << (arg - 32)))) instr.opcode = Op.LOAD_FAST_CHECK;
        if (arg < 32) lo &= ~(1 << arg); else hi &= ~(1 << (arg - 32));
        break;
    }
  }
  if (b.next !== null && hasFallthrough(b)) maybePush(b.next, lo, hi, stack);
  const last = lastInstr(b);
  if (last !== undefined && isJump(last.opcode)) maybePush(last.target!, lo, hi, stack);
}

/**
 * fast_scan_many_locals: locals past the first 64 are tracked within one
 * block only (to stay linear), so their first load in each block is checked.
 */
function fastScanManyLocals(cfg: Cfg, nlocals: number): void {
  const states = new Array<number>(nlocals - 64).fill(0);
  let blocknum = 0;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    blocknum++;
    for (const instr of b.instrs) {
      const arg = instr.oparg;
      if (arg < 64) continue;
      switch (instr.opcode) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.opcode = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

/**
 * add_checks_for_loads_of_uninitialized_variables: a LOAD_FAST of a local
 * that may be unbound on some path becomes LOAD_FAST_CHECK. Parameters start
 * bound; everything else starts unbound in the entry block.
 */
export function addChecksForLoadsOfUninitializedVariables(cfg: Cfg, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(cfg, nlocals);
    nlocals = 64;
  }
  clearVisited(cfg);
  const stack: BasicBlock[] = [];
  let lo = 0, hi = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i < 32) lo |= 1 << i; else hi |= 1 << (i - 32);
  }
  maybePush(cfg.entry, lo, hi, stack);
  // DELETE_FAST and friends can make a local unbound anywhere, so scan every block once.
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) scanBlockForLocals(b, stack);
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}
