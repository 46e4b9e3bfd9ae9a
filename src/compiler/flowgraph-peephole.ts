// flowgraph.c's optimize_basic_block and its helpers: the per-block peephole
// rewrites (constant conditions, `is None` jumps, RETURN_CONST, tuple folding
// and BUILD_TUPLE/UNPACK_SEQUENCE swaps, jump threading, SWAP minimisation,
// PUSH_NULL into LOAD_GLOBAL). Rewrites leave NOPs behind; later passes drop them.
import { CodeObject, ConstFrozenset, ConstTuple, constKey, type ConstValue } from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import { PyBytes, PyComplex } from '../parser/constants.js';
import { hasTarget, isConstOpcode, setOp0, type BasicBlock, type CfgInstr } from './flowgraph-cfg.js';

/**
 * `co_consts` while optimizing (a list, so folded tuples can be appended) and
 * CPython's const cache: constant key → the one object every equal constant
 * is merged into. Folding finds an existing slot by identity with that object.
 */
export interface ConstPool {
  readonly consts: ConstValue[];
  /** The cache, made at the first fold (most units fold no tuple): null until then. */
  cache: Map<string, ConstValue> | null;
  /** The constants the cache starts with: the unit's own, so a folded tuple reuses an equal one's slot (none for a bare sequence). */
  readonly cacheSeed: readonly ConstValue[];
}

/** PyObject_IsTrue for anything that can be a constant. */
export function constIsTrue(value: ConstValue): boolean {
  if (value === null) return false;
  switch (typeof value) {
    case 'boolean': return value;
    case 'bigint': return value !== 0n;
    case 'number': return value !== 0; // NaN is true, as in CPython
    case 'string': return value.length > 0;
  }
  if (value instanceof ConstTuple || value instanceof ConstFrozenset) return value.items.length > 0;
  if (value instanceof PyBytes) return value.bytes.length > 0;
  if (value instanceof PyComplex) return value.real !== 0 || value.imag !== 0;
  if (value instanceof CodeObject) return true;
  return true; // Ellipsis
}

function loadConstValue(opcode: number, oparg: number, pool: ConstPool): ConstValue {
  // get_const_value only knows LOAD_CONST; any other const opcode here is a compiler bug.
  const value = opcode === Op.LOAD_CONST ? pool.consts[oparg] : undefined;
  if (value === undefined) throw new Error('SystemError: Internal error: failed to get value of a constant');
  return value;
}

/** _PyCompile_ConstCacheMergeOne for a fresh constant: the cached equal one, or this one, now cached. */
function mergeIntoCache(pool: ConstPool, value: ConstValue): ConstValue {
  const cache = (pool.cache ??= new Map(pool.cacheSeed.map((c) => [constKey(c), c])));
  const key = constKey(value);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  cache.set(key, value);
  return value;
}

/** fold_tuple_on_constants: `LOAD_CONST c1 … LOAD_CONST cn BUILD_TUPLE n` → `LOAD_CONST (c1, …, cn)`. */
function foldTupleOfConstants(instrs: CfgInstr[], start: number, n: number, pool: ConstPool): void {
  for (let i = 0; i < n; i++) if (!isConstOpcode(instrs[start + i]!.opcode)) return;
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) items.push(loadConstValue(instrs[start + i]!.opcode, instrs[start + i]!.oparg, pool));
  const folded = mergeIntoCache(pool, new ConstTuple(items));
  let index = pool.consts.indexOf(folded);
  if (index < 0) {
    index = pool.consts.length;
    pool.consts.push(folded);
  }
  for (let i = 0; i < n; i++) setOp0(instrs[start + i]!, Op.NOP);
  const build = instrs[start + n]!;
  build.opcode = Op.LOAD_CONST;
  build.oparg = index;
}

/**
 * jump_thread: a jump to a JUMP goes straight to that JUMP's target, but only
 * within one line (or when the JUMP has none), so line events are unchanged.
 */
function jumpThread(inst: CfgInstr, target: CfgInstr, opcode: number): boolean {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

const VISITED = -1;

/**
 * swaptimize: a run of SWAPs and NOPs from `ix` is replaced by the fewest
 * SWAPs with the same permutation (cycle decomposition, written from the end
 * of the run). Returns the index of the run's last instruction.
 */
function swaptimize(block: BasicBlock, ix: number): number {
  const run = block.instrs;
  let depth = run[ix]!.oparg;
  let len = 0;
  let more = false;
  const limit = run.length - ix;
  while (++len < limit) {
    const instr = run[ix + len]!;
    if (instr.opcode === Op.SWAP) {
      depth = Math.max(depth, instr.oparg);
      more = true;
    } else if (instr.opcode !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack = Array.from({ length: depth }, (_, i) => i);
  for (let i = 0; i < len; i++) {
    const instr = run[ix + i]!;
    if (instr.opcode === Op.SWAP) {
      const top = stack[0]!;
      stack[0] = stack[instr.oparg - 1]!;
      stack[instr.oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      // Swapping the top with itself is pointless, so position 0 emits nothing.
      if (j !== 0) {
        const instr = run[ix + current--]!;
        instr.opcode = Op.SWAP;
        instr.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setOp0(run[ix + current--]!, Op.NOP);
  return ix + len - 1;
}

/** Opcodes a SWAP may be applied to statically: no control flow, no arbitrary code, TOS only. */
function isSwappable(opcode: number): boolean {
  return opcode === Op.STORE_FAST || opcode === Op.STORE_FAST_MAYBE_NULL || opcode === Op.POP_TOP;
}

function storesTo(instr: CfgInstr): number {
  return instr.opcode === Op.STORE_FAST || instr.opcode === Op.STORE_FAST_MAYBE_NULL ? instr.oparg : -1;
}

function nextSwappableInstruction(block: BasicBlock, i: number, lineno: number): number {
  while (++i < block.instrs.length) {
    const instr = block.instrs[i]!;
    // Reordering across a line change would show different bindings to a line tracer.
    if (lineno >= 0 && instr.loc.lineno !== lineno) return -1;
    if (instr.opcode === Op.NOP) continue;
    if (isSwappable(instr.opcode)) return i;
    return -1;
  }
  return -1;
}

/** apply_static_swaps: `SWAP n` followed by swappable stores/pops swaps the instructions instead. */
function applyStaticSwaps(block: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = block.instrs[i]!;
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || isSwappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j]!.loc.lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    // Unsafe when the two stores, or one of them and a store between, hit the same local.
    const storeJ = storesTo(block.instrs[j]!);
    const storeK = storesTo(block.instrs[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const storeIdx = storesTo(block.instrs[idx]!);
        if (storeIdx >= 0 && (storeIdx === storeJ || storeIdx === storeK)) return;
      }
    }
    setOp0(swap, Op.NOP);
    const temp = block.instrs[j]!;
    block.instrs[j] = block.instrs[k]!;
    block.instrs[k] = temp;
  }
}

/** A stand-in target for instructions that have none (C points at a local NOP). */
const NO_TARGET: CfgInstr = { opcode: Op.NOP, oparg: 0, loc: { lineno: -1, endLineno: -1, colOffset: -1, endColOffset: -1 }, target: null, except: null };

/** optimize_basic_block. */
export function optimizeBasicBlock(bb: BasicBlock, pool: ConstPool): void {
  let target = NO_TARGET;
  // These carry over between iterations: a `COPY 1` after LOAD_CONST is treated as that LOAD_CONST.
  let opcode = 0;
  let oparg = 0;
  const instrs = bb.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i]!;
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.opcode === Op.COPY && inst.oparg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode;
      oparg = inst.oparg;
      target = hasTarget(opcode) ? inst.target!.instrs[0]! : NO_TARGET;
    }
    const nextop = i + 1 < instrs.length ? instrs[i + 1]!.opcode : 0;
    switch (opcode) {
      case Op.LOAD_CONST:
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(loadConstValue(opcode, oparg, pool));
            setOp0(inst, Op.NOP);
            const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) instrs[i + 1]!.opcode = Op.JUMP;
            else setOp0(instrs[i + 1]!, Op.NOP);
            break;
          }
          case Op.IS_OP: {
            const value = loadConstValue(opcode, oparg, pool);
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2]!.opcode : 0;
            if (value === null && (jumpOp === Op.POP_JUMP_IF_FALSE || jumpOp === Op.POP_JUMP_IF_TRUE)) {
              // `is` (0) / `is not` (1), flipped again by a jump-if-false.
              const isNot = instrs[i + 1]!.oparg & 0xff;
              setOp0(inst, Op.NOP);
              setOp0(instrs[i + 1]!, Op.NOP);
              instrs[i + 2]!.opcode = (isNot ^ (jumpOp === Op.POP_JUMP_IF_FALSE ? 1 : 0)) !== 0
                ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
            }
            break;
          }
          case Op.RETURN_VALUE: {
            setOp0(inst, Op.NOP);
            const ret = instrs[++i]!;
            ret.opcode = Op.RETURN_CONST;
            ret.oparg = oparg;
            break;
          }
        }
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1]!.oparg) {
          if (oparg === 1) {
            setOp0(inst, Op.NOP);
            setOp0(instrs[i + 1]!, Op.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setOp0(inst, Op.NOP);
            instrs[i + 1]!.opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOfConstants(instrs, i - oparg, oparg, pool);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP:
        // Retry the same instruction after threading: the new target may be a JUMP too.
        if (target.opcode === Op.JUMP && jumpThread(inst, target, inst.opcode)) i--;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          setOp0(inst, Op.NOP);
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (instrs[i + 1]!.oparg & 1) === 0) {
          setOp0(inst, Op.NOP);
          instrs[i + 1]!.oparg |= 1;
        }
        break;
      default:
        // FOR_ITER is not threaded: its target may be a backward jump, and FOR_ITER only jumps forward.
        break;
    }
  }
}
