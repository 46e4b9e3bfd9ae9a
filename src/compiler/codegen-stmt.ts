// Statements: compile.c's compiler_visit_stmt and the simple statements'
// helpers (assignment forms, imports, assert, if/for/while, return, break,
// continue). try/with and the frame-block unwinding are in codegen-try.ts;
// def/class in codegen-scope.ts.
import type * as ast from '../parser/ast-nodes.js';
import { ConstTuple } from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import { NO_LOCATION, type Location } from './instructions.js';
import { type Compiler, locOf } from './compiler.js';
import { addAttrOp, checkForbiddenName, compileNameOp, isFunctionLike } from './codegen-names.js';
import { attrLocation, binaryOpArg, compileSlice, isTwoElementSlice, jumpIf, visitExpr } from './codegen-expr.js';
import { compileClass, compileFunction } from './codegen-scope.js';
import { compileTry, compileWith, compileAsyncWith, unwindFBlock, unwindFBlockStack } from './codegen-try.js';
import { compileMatch } from './codegen-match.js';
import { compileTryStar } from './codegen-trystar.js';
import { compileAsyncFor } from './codegen-async.js';
import { compileTypeAlias } from './codegen-typeparams.js';
import { exprAsString } from './ast-unparse.js';

const INTRINSIC_IMPORT_STAR = 2;

export function visitStmts(c: Compiler, stmts: readonly ast.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

export function visitStmt(c: Compiler, s: ast.stmt): void {
  const loc = locOf(s);
  switch (s._type) {
    case 'FunctionDef': return compileFunction(c, s, false);
    case 'AsyncFunctionDef': return compileFunction(c, s, true);
    case 'ClassDef': return compileClass(c, s);
    case 'Return': return compileReturn(c, s);
    case 'Delete': for (const t of s.targets) visitExpr(c, t); return;
    case 'Assign':
      visitExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.addOpI(Op.COPY, 1, loc);
        visitExpr(c, t);
      });
      return;
    case 'AugAssign': return compileAugAssign(c, s);
    case 'AnnAssign': return compileAnnAssign(c, s);
    case 'For': return compileFor(c, s);
    case 'While': return compileWhile(c, s);
    case 'If': return compileIf(c, s);
    case 'Match': return compileMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) { visitExpr(c, s.cause); n++; }
      }
      return c.addOpI(Op.RAISE_VARARGS, n, loc);
    }
    case 'Try': return compileTry(c, s);
    case 'TryStar': return compileTryStar(c, s);
    case 'Assert': return compileAssert(c, s);
    case 'Import': return compileImport(c, s);
    case 'ImportFrom': return compileImportFrom(c, s);
    case 'Global': case 'Nonlocal': return;
    case 'Expr': return compileStmtExpr(c, loc, s.value);
    case 'Pass': return c.addOp(Op.NOP, loc);
    case 'Break': return compileBreak(c, loc);
    case 'Continue': return compileContinue(c, loc);
    case 'With': return compileWith(c, s, 0);
    case 'AsyncWith': return compileAsyncWith(c, s, 0);
    case 'AsyncFor': return compileAsyncFor(c, s);
    case 'TypeAlias': return compileTypeAlias(c, s);
  }
}

function compileStmtExpr(c: Compiler, loc: Location, value: ast.expr): void {
  if (value._type === 'Constant') {
    c.addOp(Op.NOP, loc);
    return;
  }
  visitExpr(c, value);
  c.addOp(Op.POP_TOP, NO_LOCATION);
}

/** `_PyAST_GetDocString`: the first statement's string constant, if any. */
export function getDocString(body: readonly ast.stmt[]): string | null {
  const first = body[0];
  if (first?._type !== 'Expr' || first.value._type !== 'Constant') return null;
  return typeof first.value.value === 'string' ? first.value.value : null;
}

/** compile.c's find_ann: does a module or class body annotate a simple target anywhere? */
function findAnn(stmts: readonly ast.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try': case 'TryStar':
        if (st.handlers.some((h) => findAnn(h.body))) return true;
        if (findAnn(st.body) || findAnn(st.orelse) || findAnn(st.finalbody)) return true;
        break;
      case 'Match':
        if (st.cases.some((m) => findAnn(m.body))) return true;
        break;
    }
  }
  return false;
}

/** compile.c's compiler_body: module and class bodies, with their docstring and annotations set-up. */
export function compileBody(c: Compiler, loc: Location, stmts: readonly ast.stmt[]): void {
  // A module's SETUP_ANNOTATIONS takes its first statement's line; a class's, the class's first line.
  if (c.u.scopeType === 'module' && stmts.length) loc = locOf(stmts[0]!);
  if (findAnn(stmts)) c.addOp(Op.SETUP_ANNOTATIONS, loc);
  if (stmts.length === 0) return;
  let i = 0;
  if (getDocString(stmts) !== null) {
    i = 1;
    visitExpr(c, (stmts[0] as ast.Expr).value);
    compileNameOp(c, NO_LOCATION, '__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]!);
}

function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, locOf(s), s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addJump(Op.JUMP, end, NO_LOCATION);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

function compileFor(c: Compiler, s: ast.For): void {
  const loc = locOf(s);
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(loc, 'for_loop', start, end, null);
  visitExpr(c, s.iter);
  c.addOp(Op.GET_ITER, loc);
  c.useLabel(start);
  c.addJump(Op.FOR_ITER, cleanup, loc);
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addJump(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  c.addOp(Op.END_FOR, NO_LOCATION);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compileWhile(c: Compiler, s: ast.While): void {
  const loc = locOf(s);
  const loop = c.newLabel();
  const body = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(loc, 'while_loop', loop, end, null);
  jumpIf(c, loc, s.test, anchor, false);
  c.useLabel(body);
  visitStmts(c, s.body);
  jumpIf(c, loc, s.test, body, true);
  c.popFBlock();
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compileReturn(c: Compiler, s: ast.Return): void {
  let loc = locOf(s);
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (!isFunctionLike(c)) throw c.syntaxError(loc, "'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) {
    throw c.syntaxError(loc, "'return' with value in async generator");
  }
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    // A constant's return carries the constant's own position (RETURN_CONST keeps it).
    loc = locOf(value);
    c.addOp(Op.NOP, loc);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = locOf(s);
    c.addOp(Op.NOP, loc);
  }
  loc = unwindFBlockStack(c, loc, preserveTos, false).loc;
  if (value === null) c.loadConst(null, loc);
  else if (!preserveTos) c.loadConst((value as ast.Constant).value, loc);
  c.addOp(Op.RETURN_VALUE, loc);
}

function compileBreak(c: Compiler, loc: Location): void {
  c.addOp(Op.NOP, loc);
  const unwound = unwindFBlockStack(c, loc, false, true);
  if (unwound.loop === null) throw c.syntaxError(loc, "'break' outside loop");
  const after = unwindFBlock(c, unwound.loc, unwound.loop, false);
  c.addJump(Op.JUMP, unwound.loop.exit!, after);
}

function compileContinue(c: Compiler, loc: Location): void {
  c.addOp(Op.NOP, loc);
  const unwound = unwindFBlockStack(c, loc, false, true);
  if (unwound.loop === null) throw c.syntaxError(loc, "'continue' not properly in loop");
  c.addJump(Op.JUMP, unwound.loop.block, unwound.loc);
}

function compileAugAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  let loc = locOf(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addOpI(Op.COPY, 1, loc);
      addAttrOp(c, 'LOAD_ATTR', e.attr, attrLocation(loc, e));
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      if (isTwoElementSlice(e.slice)) {
        compileSlice(c, e.slice as ast.Slice);
        c.addOpI(Op.COPY, 3, loc);
        c.addOpI(Op.COPY, 3, loc);
        c.addOpI(Op.COPY, 3, loc);
        c.addOp(Op.BINARY_SLICE, loc);
      } else {
        visitExpr(c, e.slice);
        c.addOpI(Op.COPY, 2, loc);
        c.addOpI(Op.COPY, 2, loc);
        c.addOp(Op.BINARY_SUBSCR, loc);
      }
      break;
    case 'Name':
      compileNameOp(c, loc, e.id, 'Load');
      break;
    default:
      throw c.syntaxError(loc, `invalid node type (${e._type}) for augmented assignment`);
  }
  visitExpr(c, s.value);
  c.addOpI(Op.BINARY_OP, binaryOpArg(s.op, true), locOf(s));
  loc = locOf(e);
  switch (e._type) {
    case 'Attribute':
      loc = attrLocation(loc, e);
      c.addOpI(Op.SWAP, 2, loc);
      addAttrOp(c, 'STORE_ATTR', e.attr, loc);
      return;
    case 'Subscript':
      if (isTwoElementSlice(e.slice)) {
        c.addOpI(Op.SWAP, 4, loc);
        c.addOpI(Op.SWAP, 3, loc);
        c.addOpI(Op.SWAP, 2, loc);
        c.addOp(Op.STORE_SLICE, loc);
      } else {
        c.addOpI(Op.SWAP, 3, loc);
        c.addOpI(Op.SWAP, 2, loc);
        c.addOp(Op.STORE_SUBSCR, loc);
      }
      return;
    case 'Name':
      compileNameOp(c, loc, e.id, 'Store');
  }
}

function checkAnnExpr(c: Compiler, e: ast.expr): void {
  visitExpr(c, e);
  c.addOp(Op.POP_TOP, locOf(e));
}

function checkAnnSubscr(c: Compiler, e: ast.expr): void {
  if (e._type === 'Slice') {
    if (e.lower) checkAnnExpr(c, e.lower);
    if (e.upper) checkAnnExpr(c, e.upper);
    if (e.step) checkAnnExpr(c, e.step);
  } else if (e._type === 'Tuple') {
    for (const elt of e.elts) checkAnnSubscr(c, elt);
  } else {
    checkAnnExpr(c, e);
  }
}

function compileAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const loc = locOf(s);
  const targ = s.target;
  const moduleOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._type) {
    case 'Name':
      checkForbiddenName(c, targ.id, 'Store', loc);
      if (s.simple && moduleOrClass) {
        if (c.futureAnnotations) c.loadConst(exprAsString(s.annotation), locOf(s.annotation));
        else visitExpr(c, s.annotation);
        c.addOpName(Op.LOAD_NAME, '__annotations__', loc);
        c.loadConst(c.mangle(targ.id), loc);
        c.addOp(Op.STORE_SUBSCR, loc);
      }
      break;
    case 'Attribute':
      if (targ.attr === '__debug__') throw c.syntaxError(loc, 'cannot assign to __debug__');
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw c.syntaxError(loc, `invalid node type (${targ._type}) for annotated assignment`);
  }
  if (!s.simple && !c.futureAnnotations && moduleOrClass) checkAnnExpr(c, s.annotation);
}

function compileAssert(c: Compiler, s: ast.Assert): void {
  const loc = locOf(s);
  const end = c.newLabel();
  jumpIf(c, loc, s.test, end, true);
  c.addOp(Op.LOAD_ASSERTION_ERROR, loc);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addOpI(Op.CALL, 0, loc);
  }
  c.addOpI(Op.RAISE_VARARGS, 1, loc);
  c.useLabel(end);
}

function compileImport(c: Compiler, s: ast.Import): void {
  const loc = locOf(s);
  for (const alias of s.names) {
    c.loadConst(0n, loc);
    c.loadConst(null, loc);
    c.addOpName(Op.IMPORT_NAME, alias.name, loc);
    if (alias.asname) {
      importAs(c, loc, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      compileNameOp(c, loc, dot === -1 ? alias.name : alias.name.slice(0, dot), 'Store');
    }
  }
}

function importAs(c: Compiler, loc: Location, name: string, asname: string): void {
  const parts = name.split('.');
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addOpNameRaw(Op.IMPORT_FROM, parts[i]!, loc);
      if (i === parts.length - 1) break;
      c.addOpI(Op.SWAP, 2, loc);
      c.addOp(Op.POP_TOP, loc);
    }
    compileNameOp(c, loc, asname, 'Store');
    c.addOp(Op.POP_TOP, loc);
    return;
  }
  compileNameOp(c, loc, asname, 'Store');
}

function compileImportFrom(c: Compiler, s: ast.ImportFrom): void {
  const loc = locOf(s);
  c.loadConst(BigInt(s.level ?? 0), loc);
  if (s.module === '__future__' && c.isLateFuture(s)) {
    throw c.syntaxError(loc, 'from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst(new ConstTuple(s.names.map((a) => a.name)), loc);
  c.addOpName(Op.IMPORT_NAME, s.module ?? '', loc);
  for (const alias of s.names) {
    if (alias.name === '*') {
      c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
      c.addOp(Op.POP_TOP, NO_LOCATION);
      return;
    }
    c.addOpName(Op.IMPORT_FROM, alias.name, loc);
    compileNameOp(c, loc, alias.asname ?? alias.name, 'Store');
  }
  c.addOp(Op.POP_TOP, loc);
}
