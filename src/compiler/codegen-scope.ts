// Code that creates new code units: def, lambda, class, comprehensions and
// generator expressions (inlined or not, PEP 709), plus yield / await, which
// only make sense inside them. compile.c's compiler_function, compiler_class,
// compiler_comprehension, compiler_make_closure and friends.
import type * as ast from '../parser/ast-nodes.js';
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED,
  CO_VARARGS, CO_VARKEYWORDS, ConstTuple, type CodeObject,
} from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import { NO_LOCATION, freeVarIndex, type Location } from './instructions.js';
import { type Compiler, locOf, getScope, SCOPE, type ScopeType } from './compiler.js';
import { compileNameOp, isFunctionLike } from './codegen-names.js';
import { callHelper, jumpIf, visitExpr } from './codegen-expr.js';
import { compileBody, getDocString, visitStmt } from './codegen-stmt.js';
import { mangle } from './symtable.js';
import { asyncComprehensionGenerator } from './codegen-async.js';
import {
  enterGenericClass, enterGenericFunction, exitGenericClass, exitGenericFunction, setTypeParamsInClass,
} from './codegen-typeparams.js';
import { exprAsString } from './ast-unparse.js';

const INTRINSIC_STOPITERATION_ERROR = 3;
const INTRINSIC_ASYNC_GEN_WRAP = 4;

// MAKE_FUNCTION flags.
export const MAKE_DEFAULTS = 0x01;
export const MAKE_KWDEFAULTS = 0x02;
const MAKE_ANNOTATIONS = 0x04;
const MAKE_CLOSURE = 0x08;

/** compile.c's compute_code_flags. */
function codeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (isFunctionLike(c)) {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  return flags | c.futureFlags;
}

/** compile.c's optimize_and_assemble: append the implicit return, then hand the unit on. */
export function assembleUnit(c: Compiler, addNone: boolean): CodeObject {
  const flags = codeFlags(c);
  if (addNone) c.loadConst(null, NO_LOCATION);
  c.addOp(Op.RETURN_VALUE, NO_LOCATION);
  return c.assemble({ instrs: c.u.instrs, metadata: c.u.metadata, flags, filename: c.filename });
}

/** compile.c's get_ref_type. */
function refType(c: Compiler, name: string): number {
  if (c.u.scopeType === 'class' && (name === '__class__' || name === '__classdict__')) return SCOPE.CELL;
  const scope = getScope(c.u.ste, name);
  if (scope === 0) throw new Error(`SystemError: _PyST_GetScope(name=${JSON.stringify(name)}) failed: unknown scope in unit ${c.u.metadata.name}`);
  return scope;
}

export function makeClosure(c: Compiler, loc: Location, co: CodeObject, flags: number): void {
  const freevars = co.co_freevars;
  if (freevars.length) {
    for (const name of freevars) {
      const md = c.u.metadata;
      const arg = refType(c, name) === SCOPE.CELL ? md.cellvars.get(name) : md.freevars.has(name) ? freeVarIndex(md, name) : undefined;
      if (arg === undefined) throw new Error(`SystemError: compiler_lookup_arg(name=${JSON.stringify(name)}) with reftype failed in ${c.u.metadata.name}`);
      c.addOpI(Op.LOAD_CLOSURE, arg, loc);
    }
    flags |= MAKE_CLOSURE;
    c.addOpI(Op.BUILD_TUPLE, freevars.length, loc);
  }
  c.loadConst(co, loc);
  c.addOpI(Op.MAKE_FUNCTION, flags, loc);
}

function checkDebugArgs(c: Compiler, args: ast.arguments_): void {
  const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
  for (const a of all) if (a.arg === '__debug__') throw c.syntaxError(locOf(a), 'cannot assign to __debug__');
}

function defaultArguments(c: Compiler, loc: Location, args: ast.arguments_): number {
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addOpI(Op.BUILD_TUPLE, args.defaults.length, loc);
    flags |= MAKE_DEFAULTS;
  }
  const keys: string[] = [];
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    if (!d) return;
    keys.push(mangle(c.u.priv, a.arg));
    visitExpr(c, d);
  });
  if (keys.length) {
    c.loadConst(new ConstTuple(keys), loc);
    c.addOpI(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
    flags |= MAKE_KWDEFAULTS;
  }
  return flags;
}

function argAnnotation(c: Compiler, id: string, annotation: ast.expr | null, loc: Location): number {
  if (!annotation) return 0;
  c.loadConst(mangle(c.u.priv, id), loc);
  if (c.futureAnnotations) {
    // PEP 563: the annotation's source text, at the annotation's location (compiler_visit_annexpr).
    c.loadConst(exprAsString(annotation), locOf(annotation));
  } else if (annotation._type === 'Starred') {
    visitExpr(c, annotation.value);
    c.addOpI(Op.UNPACK_SEQUENCE, 1, loc);
  } else {
    visitExpr(c, annotation);
  }
  return 2;
}

function visitAnnotations(c: Compiler, loc: Location, args: ast.arguments_, returns: ast.expr | null): boolean {
  let n = 0;
  for (const a of args.args) n += argAnnotation(c, a.arg, a.annotation, loc);
  for (const a of args.posonlyargs) n += argAnnotation(c, a.arg, a.annotation, loc);
  if (args.vararg?.annotation) n += argAnnotation(c, args.vararg.arg, args.vararg.annotation, loc);
  for (const a of args.kwonlyargs) n += argAnnotation(c, a.arg, a.annotation, loc);
  if (args.kwarg?.annotation) n += argAnnotation(c, args.kwarg.arg, args.kwarg.annotation, loc);
  n += argAnnotation(c, 'return', returns, loc);
  if (!n) return false;
  c.addOpI(Op.BUILD_TUPLE, n, loc);
  return true;
}

function applyDecorators(c: Compiler, decos: readonly ast.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addOpI(Op.CALL, 0, locOf(decos[i]!));
}

/** Wrap a generator or coroutine body so a StopIteration escaping it becomes RuntimeError. */
function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  c.u.instrs.insert(0, Op.SETUP_CLEANUP, handler, NO_LOCATION);
  c.loadConst(null, NO_LOCATION);
  c.addOp(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
  c.addOpI(Op.RERAISE, 1, NO_LOCATION);
}

export function compileFunction(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef, isAsync: boolean): void {
  checkDebugArgs(c, s.args);
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  const loc = locOf(s);
  const generic = s.type_params.length > 0;
  // The generic-parameters function is called, so its NULL goes under the defaults.
  if (generic) c.addOp(Op.PUSH_NULL, loc);
  let flags = defaultArguments(c, loc, s.args);
  const typeParamArgs = generic ? enterGenericFunction(c, s, flags, firstlineno, loc) : 0;
  if (visitAnnotations(c, loc, s.args, s.returns)) flags |= MAKE_ANNOTATIONS;
  functionBody(c, s, isAsync, flags, firstlineno);
  if (generic) exitGenericFunction(c, loc, typeParamArgs);
  applyDecorators(c, s.decorator_list);
  compileNameOp(c, loc, s.name, 'Store');
}

/** compile.c's compiler_function_body: the function's own code unit and the MAKE_FUNCTION for it. */
function functionBody(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef, isAsync: boolean, flags: number, firstlineno: number): void {
  c.enterScope(s.name, isAsync ? 'async_function' : 'function', s, firstlineno);
  const docstring = getDocString(s.body);
  c.addConst(docstring);
  c.u.metadata.argcount = s.args.args.length;
  c.u.metadata.posonlyargcount = s.args.posonlyargs.length;
  c.u.metadata.kwonlyargcount = s.args.kwonlyargs.length;
  // CPython 3.12 starts no new block here and pushes no fblock for the
  // StopIteration handler (3.13 does both): the first statement shares
  // RESUME's block, so a `pass` on the def line takes RESUME's position, and
  // a generator has the same 20-block nesting limit as any function.
  for (let i = docstring !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]!);
  if (c.u.ste.coroutine || c.u.ste.generator) wrapInStopIterationHandler(c);
  const co = assembleUnit(c, true);
  c.exitScope();
  makeClosure(c, locOf(s), co, flags);
}

export function compileLambda(c: Compiler, e: ast.Lambda): void {
  checkDebugArgs(c, e.args);
  const loc = locOf(e);
  const flags = defaultArguments(c, loc, e.args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.addConst(null);
  c.u.metadata.argcount = e.args.args.length;
  c.u.metadata.posonlyargcount = e.args.posonlyargs.length;
  c.u.metadata.kwonlyargcount = e.args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    co = assembleUnit(c, false);
  } else {
    // CPython gives a lambda's RETURN_VALUE the lambda's first line, columns 0-0.
    c.addOp(Op.RETURN_VALUE, { lineno: e.lineno, endLineno: e.lineno, colOffset: 0, endColOffset: 0 });
    co = assembleUnit(c, true);
  }
  c.exitScope();
  makeClosure(c, loc, co, flags);
}

export function compileClass(c: Compiler, s: ast.ClassDef): void {
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0]!.lineno : s.lineno;
  const loc = locOf(s);
  const generic = s.type_params.length > 0;
  if (generic) enterGenericClass(c, s, firstlineno, loc);
  classBody(c, s, firstlineno);
  if (generic) exitGenericClass(c, s, loc);
  else callHelper(c, loc, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  compileNameOp(c, loc, s.name, 'Store');
}

/**
 * compile.c's compiler_class_body: the class body's code unit, then
 * `__build_class__`, its function and the name pushed for the call.
 */
function classBody(c: Compiler, s: ast.ClassDef, firstlineno: number): void {
  c.enterScope(s.name, 'class', s, firstlineno);
  const bodyLoc: Location = { lineno: firstlineno, endLineno: firstlineno, colOffset: 0, endColOffset: 0 };
  c.u.priv = s.name;
  compileNameOp(c, bodyLoc, '__name__', 'Load');
  compileNameOp(c, bodyLoc, '__module__', 'Store');
  c.loadConst(c.u.metadata.qualname, bodyLoc);
  compileNameOp(c, bodyLoc, '__qualname__', 'Store');
  if (s.type_params.length) setTypeParamsInClass(c, bodyLoc);
  if (c.u.ste.needsClassdict) {
    c.addOp(Op.LOAD_LOCALS, bodyLoc);
    c.addOpI(Op.STORE_DEREF, c.u.metadata.cellvars.add('__classdict__'), bodyLoc);
  }
  compileBody(c, bodyLoc, s.body);
  if (c.u.ste.needsClassdict) {
    c.addOpI(Op.LOAD_CLOSURE, c.u.metadata.cellvars.get('__classdict__')!, NO_LOCATION);
    compileNameOp(c, NO_LOCATION, '__classdictcell__', 'Store');
  }
  if (c.u.ste.needsClassClosure) {
    c.addOpI(Op.LOAD_CLOSURE, c.u.metadata.cellvars.get('__class__')!, NO_LOCATION);
    c.addOpI(Op.COPY, 1, NO_LOCATION);
    compileNameOp(c, NO_LOCATION, '__classcell__', 'Store');
  } else {
    c.loadConst(null, NO_LOCATION);
  }
  c.addOp(Op.RETURN_VALUE, NO_LOCATION);
  const co = assembleUnit(c, true);
  c.exitScope();

  // Attributed to the class line, not a decorator's.
  const loc = locOf(s);
  c.addOp(Op.PUSH_NULL, loc);
  c.addOp(Op.LOAD_BUILD_CLASS, loc);
  makeClosure(c, loc, co, 0);
  c.loadConst(s.name, loc);
}

// ---- yield and await ----------------------------------------------------------------

function addYield(c: Compiler, loc: Location): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
  c.addOpI(Op.YIELD_VALUE, 0, loc);
  c.addOpI(Op.RESUME, 1, loc);
}

/** compile.c's compiler_add_yield_from: the SEND loop shared by yield from and await. */
export function addYieldFrom(c: Compiler, loc: Location, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addJump(Op.SEND, exit, loc);
  c.addJump(Op.SETUP_FINALLY, fail, loc);
  c.addOpI(Op.YIELD_VALUE, 0, loc);
  c.addOp(Op.POP_BLOCK, NO_LOCATION);
  c.addOpI(Op.RESUME, isAwait ? 3 : 2, loc);
  c.addJump(Op.JUMP_NO_INTERRUPT, send, loc);
  c.useLabel(fail);
  c.addOp(Op.CLEANUP_THROW, loc);
  c.useLabel(exit);
  c.addOp(Op.END_SEND, loc);
}

export function compileYield(c: Compiler, e: ast.Yield): void {
  const loc = locOf(e);
  if (!isFunctionLike(c)) throw c.syntaxError(loc, "'yield' outside function");
  if (e.value) visitExpr(c, e.value);
  else c.loadConst(null, loc);
  addYield(c, loc);
}

export function compileYieldFrom(c: Compiler, e: ast.YieldFrom): void {
  const loc = locOf(e);
  if (!isFunctionLike(c)) throw c.syntaxError(loc, "'yield' outside function");
  if (c.u.scopeType === 'async_function') throw c.syntaxError(loc, "'yield from' inside async function");
  visitExpr(c, e.value);
  c.addOp(Op.GET_YIELD_FROM_ITER, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, false);
}

export function compileAwait(c: Compiler, e: ast.Await): void {
  const loc = locOf(e);
  if (!isFunctionLike(c)) throw c.syntaxError(loc, "'await' outside function");
  if (c.u.scopeType !== 'async_function' && c.u.scopeType !== 'comprehension') {
    throw c.syntaxError(loc, "'await' outside async function");
  }
  visitExpr(c, e.value);
  c.addOpI(Op.GET_AWAITABLE, 0, loc);
  c.loadConst(null, loc);
  addYieldFrom(c, loc, true);
}

// ---- comprehensions ----------------------------------------------------------------

export type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

interface InlinedState {
  pushedLocals: string[];
  tempSymbols: Map<string, number> | null;
  fastHidden: string[];
  cleanup: number;
  end: number;
}

const DEF_LOCAL = 2;
const DEF_NONLOCAL = 8;
const SCOPE_OFFSET = 12;

function pushInlinedComprehensionState(c: Compiler, loc: Location, entry: Compiler['u']['ste']): InlinedState {
  const u = c.u;
  const inClassBlock = u.ste.type === 'class' && !u.inInlinedComp;
  u.inInlinedComp++;
  const state: InlinedState = { pushedLocals: [], tempSymbols: null, fastHidden: [], cleanup: -1, end: -1 };
  for (const [k, symbol] of entry.symbols) {
    // Only names bound in the comprehension are isolated from the outer scope
    // (in a class body, all of them); a name it only uses keeps the outer
    // symbol, DEF_IMPORT included (is_import_originated reads it).
    if (!(((symbol & DEF_LOCAL) && !(symbol & DEF_NONLOCAL)) || inClassBlock)) continue;
    const scope = (symbol >> SCOPE_OFFSET) & 0xf;
    const outv = u.ste.symbols.get(k) ?? 0;
    const outsc = (outv >> SCOPE_OFFSET) & 0xf;
    if ((scope !== outsc && scope !== SCOPE.FREE && !(scope === SCOPE.CELL && outsc === SCOPE.FREE)) || inClassBlock) {
      state.tempSymbols ??= new Map();
      u.ste.symbols.set(k, symbol);
      state.tempSymbols.set(k, outv);
    }
    {
      if (!isFunctionLike(c) && u.metadata.fasthidden.get(k) !== true) {
        u.metadata.fasthidden.set(k, true);
        state.fastHidden.push(k);
      }
      c.addOpI(Op.LOAD_FAST_AND_CLEAR, u.metadata.varnames.add(k), loc);
      if (scope === SCOPE.CELL) {
        const index = outsc === SCOPE.FREE ? freeVarIndex(u.metadata, k) : u.metadata.cellvars.add(k);
        c.addOpI(Op.MAKE_CELL, index, loc);
      }
      state.pushedLocals.push(k);
    }
  }
  if (state.pushedLocals.length) {
    c.addOpI(Op.SWAP, state.pushedLocals.length + 1, loc);
    state.cleanup = c.newLabel();
    state.end = c.newLabel();
    c.addJump(Op.SETUP_FINALLY, state.cleanup, loc);
  }
  return state;
}

function restoreInlinedLocals(c: Compiler, loc: Location, state: InlinedState): void {
  const n = state.pushedLocals.length;
  c.addOpI(Op.SWAP, n + 1, loc);
  for (let i = n - 1; i >= 0; i--) {
    c.addOpI(Op.STORE_FAST_MAYBE_NULL, c.u.metadata.varnames.add(state.pushedLocals[i]!), loc);
  }
}

function popInlinedComprehensionState(c: Compiler, loc: Location, state: InlinedState): void {
  const u = c.u;
  u.inInlinedComp--;
  if (state.tempSymbols) for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v);
  if (state.pushedLocals.length) {
    c.addOp(Op.POP_BLOCK, NO_LOCATION);
    c.addJump(Op.JUMP, state.end, NO_LOCATION);
    c.useLabel(state.cleanup);
    c.addOpI(Op.SWAP, 2, NO_LOCATION);
    c.addOp(Op.POP_TOP, NO_LOCATION);
    restoreInlinedLocals(c, loc, state);
    c.addOpI(Op.RERAISE, 0, NO_LOCATION);
    c.useLabel(state.end);
    restoreInlinedLocals(c, loc, state);
  }
  for (const k of state.fastHidden) u.metadata.fasthidden.set(k, false);
}

export function comprehensionGenerator(
  c: Compiler, loc: Location, e: Comprehension, genIndex: number, depth: number, iterOnStack: boolean,
): void {
  const gen = e.generators[genIndex]!;
  if (gen.is_async) return asyncComprehensionGenerator(c, loc, e, genIndex, depth, iterOnStack);
  let start: number | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.metadata.argcount = 1;
      c.addOpI(Op.LOAD_FAST, 0, loc);
    } else {
      const elts = gen.iter._type === 'List' || gen.iter._type === 'Tuple' ? gen.iter.elts : null;
      if (elts?.length === 1 && elts[0]!._type !== 'Starred') {
        visitExpr(c, elts[0]!);
        start = null;
      } else {
        visitExpr(c, gen.iter);
        c.addOp(Op.GET_ITER, loc);
      }
    }
  }
  if (start !== null) {
    depth++;
    c.useLabel(start);
    c.addJump(Op.FOR_ITER, anchor, loc);
  }
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false);
  if (++genIndex < e.generators.length) comprehensionGenerator(c, loc, e, genIndex, depth, false);
  const eltLoc = comprehensionElement(c, e, genIndex, depth);
  c.useLabel(ifCleanup);
  if (start !== null) {
    c.addJump(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    c.addOp(Op.END_FOR, NO_LOCATION);
  }
}

/**
 * After the last `for` (genIndex past the end): yield or add the element;
 * returns the location the loop's back jump takes.
 */
export function comprehensionElement(c: Compiler, e: Comprehension, genIndex: number, depth: number): Location {
  let eltLoc = locOf(e._type === 'DictComp' ? e.key : e.elt);
  if (genIndex < e.generators.length) return eltLoc;
  switch (e._type) {
    case 'GeneratorExp':
      visitExpr(c, e.elt);
      addYield(c, eltLoc);
      c.addOp(Op.POP_TOP, eltLoc);
      break;
    case 'ListComp':
      visitExpr(c, e.elt);
      c.addOpI(Op.LIST_APPEND, depth + 1, eltLoc);
      break;
    case 'SetComp':
      visitExpr(c, e.elt);
      c.addOpI(Op.SET_ADD, depth + 1, eltLoc);
      break;
    case 'DictComp':
      visitExpr(c, e.key);
      visitExpr(c, e.value);
      eltLoc = { lineno: e.key.lineno, endLineno: e.value.end_lineno, colOffset: e.key.col_offset, endColOffset: e.value.end_col_offset };
      c.addOpI(Op.MAP_ADD, depth + 1, eltLoc);
      break;
  }
  return eltLoc;
}

const COMPREHENSION_NAMES: Record<Comprehension['_type'], string> = {
  GeneratorExp: '<genexpr>', ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>',
};
const BUILD_OPS = { ListComp: Op.BUILD_LIST, SetComp: Op.BUILD_SET, DictComp: Op.BUILD_MAP } as const;

export function compileComprehension(c: Compiler, e: Comprehension): void {
  const entry = c.st.lookup(e);
  const isInlined = entry.compInlined;
  const isAsyncGenerator = entry.coroutine;
  const scopeType: ScopeType = c.u.scopeType;
  const loc = locOf(e);
  const outermost = e.generators[0]!;
  let state: InlinedState | null = null;
  if (isInlined) {
    visitExpr(c, outermost.iter);
    c.addOp(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, loc);
    state = pushInlinedComprehensionState(c, loc, entry);
  } else {
    c.enterScope(COMPREHENSION_NAMES[e._type], 'comprehension', e, e.lineno);
  }
  if (isAsyncGenerator && e._type !== 'GeneratorExp' && scopeType !== 'async_function' && scopeType !== 'comprehension') {
    throw c.syntaxError(loc, 'asynchronous comprehension outside of an asynchronous function');
  }
  if (e._type !== 'GeneratorExp') {
    c.addOpI(BUILD_OPS[e._type], 0, loc);
    if (isInlined) c.addOpI(Op.SWAP, 2, loc);
  }
  comprehensionGenerator(c, loc, e, 0, 0, isInlined);
  if (state) {
    popInlinedComprehensionState(c, loc, state);
    return;
  }
  if (e._type !== 'GeneratorExp') c.addOp(Op.RETURN_VALUE, loc);
  else wrapInStopIterationHandler(c);
  const co = assembleUnit(c, true);
  c.exitScope();
  makeClosure(c, loc, co, 0);
  visitExpr(c, outermost.iter);
  c.addOp(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, loc);
  c.addOpI(Op.CALL, 0, loc);
  if (isAsyncGenerator && e._type !== 'GeneratorExp') {
    c.addOpI(Op.GET_AWAITABLE, 0, loc);
    c.loadConst(null, loc);
    addYieldFrom(c, loc, true);
  }
}
