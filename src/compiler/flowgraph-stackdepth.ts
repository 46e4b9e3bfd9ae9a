// flowgraph.c's _PyCfg_Stackdepth: the deepest the value stack gets on any
// path, found by a worklist walk that gives each block the depth it is first
// entered with (loops are assumed to leave the stack as they found it).
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from '../bytecode/code.js';
import { stackEffect } from '../bytecode/opcodes.js';
import { hasTarget, isScopeExit, isUnconditionalJump, type BasicBlock, type Cfg } from './flowgraph-cfg.js';

function effectOf(opcode: number, oparg: number, jump: boolean): number {
  try {
    return stackEffect(opcode, oparg, jump);
  } catch {
    throw new Error(`SystemError: compiler PyCompile_OpcodeStackEffectWithJump(opcode=${opcode}, arg=${oparg}) failed`);
  }
}

export function stackDepth(cfg: Cfg, codeFlags: number): number {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) b.startDepth = Number.MIN_SAFE_INTEGER;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    // CPython's stackdepth_push also stops raising a block's depth once it reaches 100.
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  // A generator's frame starts with the value sent by the first send() on the stack.
  push(cfg.entry, codeFlags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) ? 1 : 0);
  let maxDepth = 0;
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const newDepth = depth + effectOf(instr.opcode, instr.oparg, false);
      if (newDepth < 0) throw new Error(`SystemError: negative stack depth in block at opcode ${instr.opcode}`);
      if (newDepth > maxDepth) maxDepth = newDepth;
      if (hasTarget(instr.opcode)) {
        const targetDepth = depth + effectOf(instr.opcode, instr.oparg, true);
        if (targetDepth > maxDepth) maxDepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(instr.opcode) || isScopeExit(instr.opcode)) {
        next = null; // the rest of the block is dead
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxDepth;
}
