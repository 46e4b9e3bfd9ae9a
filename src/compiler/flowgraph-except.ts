// Exception handling in flowgraph.c: which blocks are handlers, the handler
// every instruction raises to (from the SETUP_* and POP_BLOCK pseudo-instructions,
// later the exception table), and moving the cold blocks (reached only from a
// handler) after the warm ones.
import { Op } from '../bytecode/opcodes.js';
import { NO_LOCATION } from '../bytecode/location.js';
import {
  BasicBlock, NO_LABEL, clearVisited, hasFallthrough, isBlockPush, isJump, makeInstr, maxLabel,
  type Cfg, type CfgInstr, type ExceptStack,
} from './flowgraph-cfg.js';
import { removeRedundantJumps } from './flowgraph-optimize.js';

/** mark_except_handlers: every SETUP_* target is a handler. */
export function markExceptHandlers(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    for (const instr of b.instrs) if (isBlockPush(instr.opcode)) instr.target!.exceptHandler = true;
  }
}

function copyExceptStack(stack: ExceptStack): ExceptStack {
  return { handlers: [...stack.handlers], depth: stack.depth };
}

function pushExceptBlock(stack: ExceptStack, setup: CfgInstr): BasicBlock {
  const target = setup.target!;
  // These handlers are entered with lasti pushed below the exception.
  if (setup.opcode === Op.SETUP_WITH || setup.opcode === Op.SETUP_CLEANUP) target.preserveLasti = true;
  stack.handlers[++stack.depth] = target;
  return target;
}

/**
 * label_exception_targets: walks the graph depth-first carrying the stack of
 * active handlers, setting each instruction's `except` (jumps included, the
 * SETUP_* and POP_BLOCK themselves not) and YIELD_VALUE's oparg to the handler
 * depth. A block takes the stack of the first path that reaches it.
 */
export function labelExceptionTargets(cfg: Cfg): void {
  clearVisited(cfg);
  const todo: BasicBlock[] = [cfg.entry];
  cfg.entry.visited = true;
  cfg.entry.exceptStack = { handlers: [null], depth: 0 };
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack: ExceptStack | null = b.exceptStack!;
    b.exceptStack = null;
    let handler = stack.handlers[stack.depth] ?? null;
    for (const instr of b.instrs) {
      if (isBlockPush(instr.opcode)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = copyExceptStack(stack!);
          todo.push(target);
          target.visited = true;
        }
        handler = pushExceptBlock(stack!, instr);
      } else if (instr.opcode === Op.POP_BLOCK) {
        handler = stack!.handlers[--stack!.depth] ?? null;
      } else if (isJump(instr.opcode)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          if (hasFallthrough(b)) {
            target.exceptStack = copyExceptStack(stack!);
          } else {
            target.exceptStack = stack;
            stack = null;
          }
          todo.push(target);
          target.visited = true;
        }
      } else {
        if (instr.opcode === Op.YIELD_VALUE) instr.oparg = stack!.depth;
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next !== null && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

/** mark_warm: blocks reached from the entry by normal control flow. */
function markWarm(cfg: Cfg): void {
  clearVisited(cfg);
  const stack: BasicBlock[] = [cfg.entry];
  cfg.entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next !== null && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode) && !instr.target!.visited) {
        stack.push(instr.target!);
        instr.target!.visited = true;
      }
    }
  }
}

/** mark_cold: blocks reached from a handler without passing through a warm block. */
function markCold(cfg: Cfg): void {
  markWarm(cfg);
  clearVisited(cfg);
  const stack: BasicBlock[] = [];
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next !== null && hasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const instr of b.instrs) {
      if (!isJump(instr.opcode)) continue;
      const target = instr.target!;
      if (!target.warm && !target.visited) {
        stack.push(target);
        target.visited = true;
      }
    }
  }
}

/**
 * push_cold_blocks_to_end: cold streaks move, in order, after the last warm
 * block. A cold block falling into a warm one first gets an explicit JUMP
 * (with no location and no handler) in a block of its own.
 */
export function pushColdBlocksToEnd(cfg: Cfg): void {
  const entry = cfg.entry;
  if (entry.next === null) return;
  markCold(cfg);
  let nextLabel = maxLabel(cfg) + 1;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next !== null && b.next.warm) {
      const explicitJump = new BasicBlock();
      if (b.next.label === NO_LABEL) b.next.label = nextLabel++;
      const jump = makeInstr(Op.JUMP, b.next.label, NO_LOCATION);
      jump.target = b.next;
      explicitJump.instrs.push(jump);
      explicitJump.cold = true;
      explicitJump.next = b.next;
      b.next = explicitJump;
    }
  }
  let coldHead: BasicBlock | null = null;
  let coldTail: BasicBlock | null = null;
  let b = entry;
  while (b.next !== null) {
    while (b.next !== null && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let end = b.next;
    while (end.next !== null && end.next.cold) end = end.next;
    if (coldHead === null) coldHead = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldHead;
  if (coldHead !== null) removeRedundantJumps(cfg);
}

