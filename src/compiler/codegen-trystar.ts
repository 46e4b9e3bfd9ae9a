// try/except* (PEP 654), as CPython 3.12's compile.c compiles it
// (compiler_try_star, compiler_try_star_finally, compiler_try_star_except).
//
// The handlers share one list of "raised or re-raised" exceptions: each
// handler splits the current group with CHECK_EG_MATCH, runs its body on the
// matching part, and appends whatever its body raised to the list; after the
// last handler the unmatched rest is appended too, and PREP_RERAISE_STAR
// merges the list into the exception to re-raise (or None).
import type * as ast from '../parser/ast-nodes.js';
import { Op } from '../bytecode/opcodes.js';
import { NO_LOCATION } from './instructions.js';
import { type Compiler, locOf } from './compiler.js';
import { compileNameOp } from './codegen-names.js';
import { visitExpr } from './codegen-expr.js';
import { visitStmts } from './codegen-stmt.js';
import { compileTryFinally, popExceptAndReraise } from './codegen-try.js';

/** CPython's INTRINSIC_PREP_RERAISE_STAR (the CALL_INTRINSIC_2 oparg). */
const INTRINSIC_PREP_RERAISE_STAR = 1;

export function compileTryStar(c: Compiler, s: ast.TryStar): void {
  if (s.finalbody.length) compileTryFinally(c, s, () => compileTryStarExcept(c, s));
  else compileTryStarExcept(c, s);
}

/** Deletes the handler's `as` name (`name = None; del name`), artificial code. */
function clearName(c: Compiler, name: string | null): void {
  if (name === null) return;
  c.loadConst(null, NO_LOCATION);
  compileNameOp(c, NO_LOCATION, name, 'Store');
  compileNameOp(c, NO_LOCATION, name, 'Del');
}

function compileTryStarExcept(c: Compiler, s: ast.TryStar): void {
  const loc = locOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addJump(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFBlock(loc, 'try_except', body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addOp(Op.POP_BLOCK, NO_LOCATION);
  c.addJump(Op.JUMP, orelse, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addOp(Op.PUSH_EXC_INFO, NO_LOCATION);
  // The runtime pushes a block here; it also makes break/continue/return in
  // a handler body a compile-time error (see unwindFBlockStack).
  c.pushFBlock(loc, 'exception_group_handler', -1, null, null);
  s.handlers.forEach((handler, i) => {
    const hloc = locOf(handler as ast.ExceptHandler & ast.Located);
    const name = handler.name ?? null;
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // Stack [orig] → [orig, [], exc]: the result list and a copy of the group to split.
      c.addOpI(Op.BUILD_LIST, 0, hloc);
      c.addOpI(Op.COPY, 2, hloc);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addOp(Op.CHECK_EG_MATCH, hloc);
      c.addOpI(Op.COPY, 1, hloc);
      c.addJump(Op.POP_JUMP_IF_NONE, noMatch, hloc);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (name !== null) compileNameOp(c, hloc, name, 'Store');
    else c.addOp(Op.POP_TOP, hloc);
    c.addJump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
    c.useLabel(cleanupBody);
    c.pushFBlock(hloc, 'handler_cleanup', cleanupBody, null, name);
    visitStmts(c, handler.body);
    c.popFBlock();
    c.addOp(Op.POP_BLOCK, NO_LOCATION);
    clearName(c, name);
    c.addJump(Op.JUMP, except, NO_LOCATION);
    // The body raised: add that exception to the result list, drop lasti.
    c.useLabel(cleanupEnd);
    clearName(c, name);
    c.addOpI(Op.LIST_APPEND, 3, NO_LOCATION);
    c.addOp(Op.POP_TOP, NO_LOCATION);
    c.addJump(Op.JUMP, exceptWithError, NO_LOCATION);
    c.useLabel(except);
    c.addOp(Op.NOP, NO_LOCATION); // holds a propagated location
    c.addJump(Op.JUMP, exceptWithError, NO_LOCATION);
    c.useLabel(noMatch);
    c.addOp(Op.POP_TOP, hloc); // the match, None
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      // The unhandled rest of the group (or None) joins the list too.
      c.addOpI(Op.LIST_APPEND, 1, NO_LOCATION);
      c.addJump(Op.JUMP, reraiseStar, NO_LOCATION);
    }
  });
  c.popFBlock();
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addOpI(Op.CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
  c.addOpI(Op.COPY, 1, NO_LOCATION);
  c.addJump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  // Nothing to re-raise.
  c.addOp(Op.POP_TOP, NO_LOCATION);
  c.addOp(Op.POP_BLOCK, NO_LOCATION);
  c.addOp(Op.POP_EXCEPT, NO_LOCATION);
  c.addJump(Op.JUMP, end, NO_LOCATION);
  c.useLabel(reraise);
  c.addOp(Op.POP_BLOCK, NO_LOCATION);
  c.addOpI(Op.SWAP, 2, NO_LOCATION);
  c.addOp(Op.POP_EXCEPT, NO_LOCATION);
  c.addOpI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}
