// `async for` and the `async for` clauses of comprehensions (compile.c's
// compiler_async_for and compiler_async_comprehension_generator). Both loop
// on `await anext(it)` inside a SETUP_FINALLY whose handler, END_ASYNC_FOR,
// ends the loop on StopAsyncIteration and re-raises anything else.
import type * as ast from '../parser/ast-nodes.js';
import { Op } from '../bytecode/opcodes.js';
import { NO_LOCATION, type Label, type Location } from './instructions.js';
import { type Compiler, locOf } from './compiler.js';
import { jumpIf, visitExpr } from './codegen-expr.js';
import { visitStmts } from './codegen-stmt.js';
import {
  addYieldFrom, comprehensionElement, comprehensionGenerator, type Comprehension,
} from './codegen-scope.js';

/** `await anext(iterator)` inside a handler that ends the loop: the iterator is on top. */
function awaitNext(c: Compiler, loc: Location, exit: Label): void {
  c.addJump(Op.SETUP_FINALLY, exit, loc);
  c.addOp(Op.GET_ANEXT, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
  c.addOp(Op.POP_BLOCK, loc);
}

export function compileAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  let loc = locOf(s);
  // etpy has no top-level-await mode (PyCF_ALLOW_TOP_LEVEL_AWAIT), so only async functions qualify.
  if (c.u.scopeType !== 'async_function') throw c.syntaxError(loc, "'async for' outside async function");
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.addOp(Op.GET_AITER, loc);
  c.useLabel(start);
  c.pushFBlock(loc, 'for_loop', start, end, null);
  awaitNext(c, loc, except);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addJump(Op.JUMP, start, NO_LOCATION);
  c.popFBlock();
  c.useLabel(except);
  // END_ASYNC_FOR belongs to the iterator's line: it follows the `for`, not the body.
  loc = locOf(s.iter);
  c.addOp(Op.END_ASYNC_FOR, loc);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

/** One `async for` clause of a comprehension; `depth` counts the iterators below the result. */
export function asyncComprehensionGenerator(
  c: Compiler, loc: Location, e: Comprehension, genIndex: number, depth: number, iterOnStack: boolean,
): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = e.generators[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) {
      // The outermost iterator arrives as the comprehension function's argument.
      c.u.metadata.argcount = 1;
      c.addOpI(Op.LOAD_FAST, 0, loc);
    } else {
      visitExpr(c, gen.iter);
      c.addOp(Op.GET_AITER, loc);
    }
  }
  c.useLabel(start);
  c.pushFBlock(loc, 'async_comprehension_generator', start, null, null);
  awaitNext(c, loc, except);
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false);
  depth++;
  if (++genIndex < e.generators.length) comprehensionGenerator(c, loc, e, genIndex, depth, false);
  const eltLoc = comprehensionElement(c, e, genIndex, depth);
  c.useLabel(ifCleanup);
  c.addJump(Op.JUMP, start, eltLoc);
  c.popFBlock();
  c.useLabel(except);
  c.addOp(Op.END_ASYNC_FOR, loc);
}
