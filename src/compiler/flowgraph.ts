// CPython 3.12's Python/flowgraph.c entry points: _PyCfg_OptimizeCodeUnit (the
// optimizer, in CPython's pass order), _PyCfg_ConvertPseudoOps and
// _PyCfg_ResolveJumps (jump direction and offsets, EXTENDED_ARG sizing), plus
// optimizeInstructions, the `_testinternalcapi.optimize_cfg` mirror the tests
// use to check the passes on their own. The passes live in flowgraph-*.ts.
import type { ConstValue } from '../bytecode/code.js';
import { Op, OPCODE_INFO } from '../bytecode/opcodes.js';
import {
  BasicBlock, cfgFromTuples, cfgToTuples, isBackwardsJump, isBlockPush, isJump, lastInstr, makeInstr,
  setOp0, translateJumpLabelsToTargets, type Cfg, type InstrTuple,
} from './flowgraph-cfg.js';
import { labelExceptionTargets, markExceptHandlers, pushColdBlocksToEnd } from './flowgraph-except.js';
import { resolveLineNumbers } from './flowgraph-lineno.js';
import { addChecksForLoadsOfUninitializedVariables, optimizeCfg, removeRedundantNops, removeUnusedConsts } from './flowgraph-optimize.js';
import type { ConstPool } from './flowgraph-peephole.js';

export type { InstrTuple } from './flowgraph-cfg.js';

export interface CodeUnitShape {
  /** co_flags: generators start with one value on the stack. */
  readonly codeFlags: number;
  /** Fast locals (co_varnames) and how many of them are parameters (bound on entry). */
  readonly nlocals: number;
  readonly nparams: number;
  /** Unlocated returns that nothing else locates get this line. */
  readonly firstlineno: number;
}

/** _PyCfg_OptimizeCodeUnit: everything between codegen and the assembler's own steps. */
export function optimizeCodeUnit(cfg: Cfg, pool: ConstPool, shape: CodeUnitShape): void {
  translateJumpLabelsToTargets(cfg);
  markExceptHandlers(cfg);
  labelExceptionTargets(cfg);
  optimizeCfg(cfg, pool);
  removeUnusedConsts(cfg, pool.consts);
  addChecksForLoadsOfUninitializedVariables(cfg, shape.nlocals, shape.nparams);
  pushColdBlocksToEnd(cfg);
  resolveLineNumbers(cfg, shape.firstlineno);
}

/**
 * `_testinternalcapi.optimize_cfg(insts, consts, nlocals)`: CPython-form
 * tuples in (jump opargs are instruction indices), optimized tuples out.
 * `consts` is updated in place as CPython updates the list it is given
 * (folded tuples appended, unused constants dropped). As there, the const
 * cache starts empty, parameters are none and the first line is 1.
 */
export function optimizeInstructions(instructions: readonly (readonly number[])[], consts: ConstValue[], nlocals: number): InstrTuple[] {
  const cfg = cfgFromTuples(instructions);
  optimizeCodeUnit(cfg, { consts, cache: null, cacheSeed: [] }, { codeFlags: 0, nlocals, nparams: 0, firstlineno: 1 });
  return cfgToTuples(cfg);
}

/** _PyCfg_ConvertPseudoOps: SETUP_* and POP_BLOCK become NOPs (then mostly vanish), STORE_FAST_MAYBE_NULL a STORE_FAST. */
export function convertPseudoOps(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) {
      if (isBlockPush(instr.opcode) || instr.opcode === Op.POP_BLOCK) setOp0(instr, Op.NOP);
      else if (instr.opcode === Op.STORE_FAST_MAYBE_NULL) instr.opcode = Op.STORE_FAST;
    }
  }
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) removeRedundantNops(b);
}

/** _PyCompile_InstrSize: code units for the instruction, its EXTENDED_ARG prefixes and its caches. */
export function instrSize(opcode: number, oparg: number): number {
  const extendedArgs = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return extendedArgs + 1 + (OPCODE_INFO[opcode]?.cache ?? 0);
}

const REVERSED_CONDITIONAL: Readonly<Record<number, number>> = {
  [Op.POP_JUMP_IF_NOT_NONE]: Op.POP_JUMP_IF_NONE,
  [Op.POP_JUMP_IF_NONE]: Op.POP_JUMP_IF_NOT_NONE,
  [Op.POP_JUMP_IF_FALSE]: Op.POP_JUMP_IF_TRUE,
  [Op.POP_JUMP_IF_TRUE]: Op.POP_JUMP_IF_FALSE,
};

/**
 * normalize_jumps: JUMP becomes JUMP_FORWARD or JUMP_BACKWARD by layout; a
 * conditional jump backwards (3.12 has none) becomes the reversed condition
 * over a new block holding JUMP_BACKWARD, which keeps the jump's location but
 * has no exception handler (a fresh instruction in CPython has none).
 */
function normalizeJumps(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) b.visited = false;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    b.visited = true;
    const last = lastInstr(b);
    if (last === undefined || !isJump(last.opcode)) continue;
    const isForward = !last.target!.visited;
    if (last.opcode === Op.JUMP) {
      last.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
      continue;
    }
    if (last.opcode === Op.JUMP_NO_INTERRUPT) {
      last.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
      continue;
    }
    if (isForward) continue;
    const target = last.target!;
    const backwardsJump = new BasicBlock();
    const jump = makeInstr(Op.JUMP, target.label, last.loc);
    jump.target = target;
    backwardsJump.instrs.push(jump);
    last.opcode = REVERSED_CONDITIONAL[last.opcode] ?? 0;
    last.target = b.next;
    backwardsJump.cold = b.cold;
    backwardsJump.next = b.next;
    b.next = backwardsJump;
  }
}

/**
 * resolve_jump_offsets: block offsets and relative jump opargs, recomputed
 * until no jump changes size. The first round sizes jumps by whatever oparg
 * they carry (their label id), as CPython's does.
 */
function resolveJumpOffsets(cfg: Cfg): void {
  let recompile = true;
  while (recompile) {
    let total = 0;
    for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i.opcode, i.oparg);
    }
    recompile = false;
    for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
      let offset = b.offset;
      for (const instr of b.instrs) {
        const size = instrSize(instr.opcode, instr.oparg);
        // Jumps are relative to the instruction after the jump (and its caches).
        offset += size;
        if (!isJump(instr.opcode)) continue;
        const targetOffset = instr.target!.offset;
        if (targetOffset < offset) {
          if (!isBackwardsJump(instr.opcode)) throw new Error(`forward jump opcode ${instr.opcode} goes backwards`);
          instr.oparg = offset - targetOffset;
        } else {
          if (isBackwardsJump(instr.opcode)) throw new Error(`backward jump opcode ${instr.opcode} goes forwards`);
          instr.oparg = targetOffset - offset;
        }
        if (instrSize(instr.opcode, instr.oparg) !== size) recompile = true;
      }
    }
  }
}

/** _PyCfg_ResolveJumps. */
export function resolveJumps(cfg: Cfg): void {
  normalizeJumps(cfg);
  resolveJumpOffsets(cfg);
}
