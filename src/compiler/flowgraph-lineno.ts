// flowgraph.c's resolve_line_numbers: PEP 626 wants f_lineno right after a
// frame exits, so every return and raise must carry a line. Exit blocks with
// no line that several jumps share are copied per jump; then locations flow
// forward within blocks and into single-predecessor successors.
import { NO_LOCATION, type Location } from '../bytecode/location.js';
import { Op } from '../bytecode/opcodes.js';
import { copyBlock, exitsScope, hasFallthrough, isJump, lastInstr, maxLabel, type BasicBlock, type Cfg } from './flowgraph-cfg.js';

function isExitWithoutLineno(b: BasicBlock): boolean {
  return exitsScope(b) && b.instrs.every((i) => i.loc.lineno < 0);
}

/**
 * duplicate_exits_without_lineno: a jump to an unlocated exit shared with
 * other predecessors gets its own copy, located at the jump; an unlocated
 * exit reached by falling through takes the location of the block before it.
 */
function duplicateExitsWithoutLineno(cfg: Cfg): void {
  let nextLabel = maxLabel(cfg) + 1;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    const last = lastInstr(b)!;
    if (!isJump(last.opcode)) continue;
    const target = last.target!;
    if (isExitWithoutLineno(target) && target.predecessors > 1) {
      const copy = copyBlock(target);
      copy.instrs[0]!.loc = last.loc;
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      copy.label = nextLabel++;
      target.next = copy;
    }
  }
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    if (hasFallthrough(b) && b.next !== null && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0]!.loc = lastInstr(b)!.loc;
    }
  }
}

/**
 * propagate_line_numbers: an unlocated instruction takes the location before
 * it in its block; a successor with one predecessor whose first instruction
 * is unlocated takes the block's last location.
 */
function propagateLineNumbers(cfg: Cfg): void {
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === undefined) continue;
    let prev: Location = NO_LOCATION;
    for (const instr of b.instrs) {
      if (instr.loc.lineno < 0) instr.loc = prev;
      else prev = instr.loc;
    }
    if (hasFallthrough(b) && b.next !== null && b.next.predecessors === 1 && b.next.instrs[0]!.loc.lineno < 0) {
      b.next.instrs[0]!.loc = prev;
    }
    if (isJump(last.opcode)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0]!.loc.lineno < 0) target.instrs[0]!.loc = prev;
    }
  }
}

/**
 * guarantee_lineno_for_exits: a RETURN_VALUE block still without a line takes
 * the last line seen in layout order (only the line; columns stay unset).
 * RETURN_CONST blocks are not touched, as in CPython 3.12.
 */
function guaranteeLinenoForExits(cfg: Cfg, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: BasicBlock | null = cfg.entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === undefined) continue;
    if (last.loc.lineno < 0) {
      if (last.opcode === Op.RETURN_VALUE) {
        for (const instr of b.instrs) instr.loc = { ...instr.loc, lineno };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

export function resolveLineNumbers(cfg: Cfg, firstlineno: number): void {
  duplicateExitsWithoutLineno(cfg);
  propagateLineNumbers(cfg);
  guaranteeLinenoForExits(cfg, firstlineno);
}
