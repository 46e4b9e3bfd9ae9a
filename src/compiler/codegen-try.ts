// try/except/finally, with, and the frame-block unwinding that return, break
// and continue perform on their way out (compile.c's compiler_try_*,
// compiler_with, compiler_unwind_fblock[_stack]).
import type * as ast from '../parser/ast-nodes.js';
import { Op } from '../bytecode/opcodes.js';
import { NO_LOCATION, type Label, type Location } from './instructions.js';
import { type Compiler, type FBlock, locOf } from './compiler.js';
import { compileNameOp } from './codegen-names.js';
import { visitExpr } from './codegen-expr.js';
import { visitStmts } from './codegen-stmt.js';
import { addYieldFrom } from './codegen-scope.js';

/** Stack: [exc_info, lasti, exc] → restore exc_info and re-raise exc with lasti. */
export function popExceptAndReraise(c: Compiler, loc: Location): void {
  c.addOpI(Op.COPY, 3, loc);
  c.addOp(Op.POP_EXCEPT, loc);
  c.addOpI(Op.RERAISE, 1, loc);
}

function callExitWithNones(c: Compiler, loc: Location): void {
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.addOpI(Op.CALL, 2, loc);
}

/** Emit what leaving `info` early requires; returns the location later instructions should use. */
export function unwindFBlock(c: Compiler, loc: Location, info: FBlock, preserveTos: boolean): Location {
  switch (info.type) {
    case 'while_loop': case 'exception_handler': case 'exception_group_handler':
    case 'async_comprehension_generator':
      return loc;
    case 'for_loop':
      if (preserveTos) c.addOpI(Op.SWAP, 2, loc);
      c.addOp(Op.POP_TOP, loc);
      return loc;
    case 'try_except':
      c.addOp(Op.POP_BLOCK, loc);
      return loc;
    case 'finally_try':
      c.addOp(Op.POP_BLOCK, loc);
      if (preserveTos) c.pushFBlock(loc, 'pop_value', -1, null, null);
      visitStmts(c, info.datum as ast.stmt[]);
      if (preserveTos) c.popFBlock();
      return NO_LOCATION;
    case 'finally_end':
      if (preserveTos) c.addOpI(Op.SWAP, 2, loc);
      c.addOp(Op.POP_TOP, loc);
      if (preserveTos) c.addOpI(Op.SWAP, 2, loc);
      c.addOp(Op.POP_BLOCK, loc);
      c.addOp(Op.POP_EXCEPT, loc);
      return loc;
    case 'with': case 'async_with': {
      const wloc = locOf(info.datum as ast.stmt);
      c.addOp(Op.POP_BLOCK, wloc);
      if (preserveTos) c.addOpI(Op.SWAP, 2, wloc);
      callExitWithNones(c, wloc);
      if (info.type === 'async_with') {
        c.addOpI(Op.GET_AWAITABLE, 2, wloc);
        c.loadConst(null, wloc);
        addYieldFrom(c, wloc, true);
      }
      c.addOp(Op.POP_TOP, wloc);
      return NO_LOCATION;
    }
    case 'handler_cleanup': {
      const name = info.datum as string | null;
      if (name !== null) c.addOp(Op.POP_BLOCK, loc);
      if (preserveTos) c.addOpI(Op.SWAP, 2, loc);
      c.addOp(Op.POP_BLOCK, loc);
      c.addOp(Op.POP_EXCEPT, loc);
      if (name !== null) {
        c.loadConst(null, loc);
        compileNameOp(c, loc, name, 'Store');
        compileNameOp(c, loc, name, 'Del');
      }
      return loc;
    }
    case 'pop_value':
      if (preserveTos) c.addOpI(Op.SWAP, 2, loc);
      c.addOp(Op.POP_TOP, loc);
      return loc;
  }
}

/**
 * Unwind every frame block up to (not including) the innermost loop when
 * `wantLoop`, or all of them; returns that loop and the location to continue with.
 */
export function unwindFBlockStack(
  c: Compiler, loc: Location, preserveTos: boolean, wantLoop: boolean,
): { loc: Location; loop: FBlock | null } {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return { loc, loop: null };
  const top = fblocks[fblocks.length - 1]!;
  if (top.type === 'exception_group_handler') {
    throw c.syntaxError(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (wantLoop && (top.type === 'while_loop' || top.type === 'for_loop')) return { loc, loop: top };
  fblocks.pop();
  const after = unwindFBlock(c, loc, top, preserveTos);
  const result = unwindFBlockStack(c, after, preserveTos, wantLoop);
  fblocks.push(top);
  return result;
}

export function compileTry(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length) compileTryFinally(c, s, () => compileTryExcept(c, s));
  else compileTryExcept(c, s);
}

/** compiler_try_finally, for try and try/except*: `compileHandlers` compiles the body with its except clauses. */
export function compileTryFinally(c: Compiler, s: ast.Try | ast.TryStar, compileHandlers: () => void): void {
  const loc = locOf(s);
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addJump(Op.SETUP_FINALLY, end, loc);
  c.useLabel(body);
  c.pushFBlock(loc, 'finally_try', body, end, s.finalbody);
  if (s.handlers.length) compileHandlers();
  else visitStmts(c, s.body);
  c.addOp(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addJump(Op.JUMP, exit, NO_LOCATION);
  c.useLabel(end);
  c.addJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addOp(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(NO_LOCATION, 'finally_end', end, null, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.addOpI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

function compileTryExcept(c: Compiler, s: ast.Try): void {
  const loc = locOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addJump(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFBlock(loc, 'try_except', body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addOp(Op.POP_BLOCK, NO_LOCATION);
  visitStmts(c, s.orelse);
  c.addJump(Op.JUMP, end, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addOp(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(loc, 'exception_handler', -1, null, null);
  s.handlers.forEach((handler, i) => {
    const hloc = locOf(handler as ast.ExceptHandler & ast.Located);
    if (!handler.type && i < n - 1) throw c.syntaxError(hloc, "default 'except:' must be last");
    except = c.newLabel();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addOp(Op.CHECK_EXC_MATCH, hloc);
      c.addJump(Op.POP_JUMP_IF_FALSE, except, hloc);
    }
    if (handler.name) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      compileNameOp(c, hloc, handler.name, 'Store');
      c.addJump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, 'handler_cleanup', cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.addOp(Op.POP_BLOCK, NO_LOCATION);
      c.addOp(Op.POP_BLOCK, NO_LOCATION);
      c.addOp(Op.POP_EXCEPT, NO_LOCATION);
      c.loadConst(null, NO_LOCATION);
      compileNameOp(c, NO_LOCATION, handler.name, 'Store');
      compileNameOp(c, NO_LOCATION, handler.name, 'Del');
      c.addJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(cleanupEnd);
      c.loadConst(null, NO_LOCATION);
      compileNameOp(c, NO_LOCATION, handler.name, 'Store');
      compileNameOp(c, NO_LOCATION, handler.name, 'Del');
      c.addOpI(Op.RERAISE, 1, NO_LOCATION);
    } else {
      const cleanupBody = c.newLabel();
      c.addOp(Op.POP_TOP, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, 'handler_cleanup', cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.addOp(Op.POP_BLOCK, NO_LOCATION);
      c.addOp(Op.POP_EXCEPT, NO_LOCATION);
      c.addJump(Op.JUMP, end, NO_LOCATION);
    }
    c.useLabel(except);
  });
  c.popFBlock();
  c.addOpI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

/** After WITH_EXCEPT_START: suppress the exception if __exit__ returned true, else re-raise. */
export function withExceptFinish(c: Compiler, cleanup: Label): void {
  const suppress = c.newLabel();
  c.addJump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.addOpI(Op.RERAISE, 2, NO_LOCATION);
  c.useLabel(suppress);
  c.addOp(Op.POP_TOP, NO_LOCATION);
  c.addOp(Op.POP_BLOCK, NO_LOCATION);
  c.addOp(Op.POP_EXCEPT, NO_LOCATION);
  c.addOp(Op.POP_TOP, NO_LOCATION);
  c.addOp(Op.POP_TOP, NO_LOCATION);
  const exit = c.newLabel();
  c.addJump(Op.JUMP, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

export function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc = locOf(s);
  c.addOp(Op.BEFORE_WITH, loc);
  c.addJump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, 'with', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addOp(Op.POP_TOP, loc);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  c.addOp(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock();
  callExitWithNones(c, loc);
  c.addOp(Op.POP_TOP, loc);
  c.addJump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addJump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addOp(Op.PUSH_EXC_INFO, loc);
  c.addOp(Op.WITH_EXCEPT_START, loc);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

export function compileAsyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  const item = s.items[pos]!;
  const loc = locOf(s);
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  if (c.u.scopeType !== 'async_function') throw c.syntaxError(loc, "'async with' outside async function");
  visitExpr(c, item.context_expr);
  c.addOp(Op.BEFORE_ASYNC_WITH, loc);
  c.addOpI(Op.GET_AWAITABLE, 1, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.addJump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, 'async_with', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addOp(Op.POP_TOP, loc);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos + 1);
  c.popFBlock();
  // Unlike `with`, CPython gives this POP_BLOCK the statement's location, so a
  // trailing `pass` NOP in the body keeps its own line and handler.
  c.addOp(Op.POP_BLOCK, loc);
  callExitWithNones(c, loc);
  c.addOpI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.addOp(Op.POP_TOP, loc);
  c.addJump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addJump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addOp(Op.PUSH_EXC_INFO, loc);
  c.addOp(Op.WITH_EXCEPT_START, loc);
  c.addOpI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}
