// PEP 695: generic functions and classes, and `type` aliases. compile.c's
// compiler_type_params, compiler_typealias and the generic halves of
// compiler_function / compiler_class. A generic definition is wrapped in a
// hidden `<generic parameters of NAME>` function that creates the type
// parameters (so the definition's annotations, bases and body can see them)
// and is called at once; a TypeVar bound and an alias value are each compiled
// into their own code object, so they are only evaluated when asked for.
import type * as ast from '../parser/ast-nodes.js';
import { Op } from '../bytecode/opcodes.js';
import type { Location } from './instructions.js';
import { type Compiler, locOf } from './compiler.js';
import { compileNameOp } from './codegen-names.js';
import { callHelper, visitExpr } from './codegen-expr.js';
import { MAKE_DEFAULTS, MAKE_KWDEFAULTS, assembleUnit, makeClosure } from './codegen-scope.js';

// The intrinsics' numbers (pycore_intrinsics.h).
const INTRINSIC_TYPEVAR = 7;
const INTRINSIC_PARAMSPEC = 8;
const INTRINSIC_TYPEVARTUPLE = 9;
const INTRINSIC_SUBSCRIPT_GENERIC = 10;
const INTRINSIC_TYPEALIAS = 11;
const INTRINSIC_TYPEVAR_WITH_BOUND = 2;
const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

function genericScopeName(name: string): string {
  return `<generic parameters of ${name}>`;
}

/**
 * compile.c's compiler_type_params: create each parameter, bind it in the
 * type-params scope, and leave the tuple of them on the stack.
 */
function compileTypeParams(c: Compiler, typeParams: readonly ast.type_param[]): void {
  for (const tp of typeParams) {
    const loc = locOf(tp);
    c.loadConst(tp.name, loc);
    switch (tp._type) {
      case 'TypeVar':
        if (tp.bound !== null) {
          // The bound (or constraints tuple) is a function the TypeVar calls lazily.
          const bound = tp.bound;
          c.enterScope(tp.name, 'typeparams', tp, bound.lineno);
          visitExpr(c, bound);
          c.addOp(Op.RETURN_VALUE, loc);
          const co = assembleUnit(c, true);
          c.exitScope();
          makeClosure(c, loc, co, 0);
          c.addOpI(Op.CALL_INTRINSIC_2,
            bound._type === 'Tuple' ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
        } else {
          c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
        }
        break;
      case 'TypeVarTuple':
        c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
        break;
      case 'ParamSpec':
        c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
        break;
    }
    c.addOpI(Op.COPY, 1, loc);
    compileNameOp(c, loc, tp.name, 'Store');
  }
  c.addOpI(Op.BUILD_TUPLE, typeParams.length, locOf(typeParams[0]!));
}

// ---- generic functions ----------------------------------------------------------------

/**
 * Called with the defaults (and kwdefaults) already on the stack, above the
 * NULL for the later CALL: they become the type-params function's arguments,
 * which it pushes back for the real MAKE_FUNCTION. Enters the type-params
 * unit and returns how many arguments it takes.
 */
export function enterGenericFunction(
  c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef, flags: number, firstlineno: number, loc: Location,
): number {
  let nargs = 0;
  if (flags & MAKE_DEFAULTS) nargs++;
  if (flags & MAKE_KWDEFAULTS) nargs++;
  // The kwdefaults dict was built last; swapped so the arguments go in the slots' order.
  if (nargs === 2) c.addOpI(Op.SWAP, 2, loc);
  c.enterScope(genericScopeName(s.name), 'typeparams', s.type_params, firstlineno);
  compileTypeParams(c, s.type_params);
  // Slot 0 is `.defaults`, slot 1 `.kwdefaults`; kwdefaults alone arrive in slot 0.
  for (let i = 0; i < nargs; i++) c.addOpI(Op.LOAD_FAST, i, loc);
  return nargs;
}

/** With the function made inside the type-params unit: attach the parameters, finish and call the unit. */
export function exitGenericFunction(c: Compiler, loc: Location, nargs: number): void {
  c.addOpI(Op.SWAP, 2, loc);
  c.addOpI(Op.CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
  c.u.metadata.argcount = nargs;
  const co = assembleUnit(c, false);
  c.exitScope();
  makeClosure(c, loc, co, 0);
  // Bring the closure under its arguments, next to the NULL pushed first.
  if (nargs > 0) c.addOpI(Op.SWAP, nargs + 1, loc);
  c.addOpI(Op.CALL, nargs, loc);
}

// ---- generic classes ----------------------------------------------------------------

export function enterGenericClass(c: Compiler, s: ast.ClassDef, firstlineno: number, loc: Location): void {
  // CPython sets the enclosing unit's private name here and never restores
  // it (as its symtable does), so later names in that unit are mangled with
  // this class's name; copied for identical bytecode.
  c.u.priv = s.name;
  c.addOp(Op.PUSH_NULL, loc);
  c.enterScope(genericScopeName(s.name), 'typeparams', s.type_params, firstlineno);
  compileTypeParams(c, s.type_params);
  compileNameOp(c, loc, '.type_params', 'Store');
}

/** compile.c's compiler_set_type_params_in_class: the class body's `__type_params__`. */
export function setTypeParamsInClass(c: Compiler, loc: Location): void {
  compileNameOp(c, loc, '.type_params', 'Load');
  compileNameOp(c, loc, '__type_params__', 'Store');
}

/**
 * With `__build_class__`, the body function and the name pushed: call it with
 * the bases plus `Generic[*type_params]`, then finish and call the type-params unit.
 */
export function exitGenericClass(c: Compiler, s: ast.ClassDef, loc: Location): void {
  compileNameOp(c, loc, '.type_params', 'Load');
  c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
  compileNameOp(c, loc, '.generic_base', 'Store');
  const genericBase: ast.Name = {
    _type: 'Name', id: '.generic_base', ctx: { _type: 'Load' },
    lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset,
  };
  callHelper(c, loc, 2, [...s.bases, genericBase], s.keywords);
  const co = assembleUnit(c, false);
  c.exitScope();
  makeClosure(c, loc, co, 0);
  c.addOpI(Op.CALL, 0, loc);
}

// ---- type aliases ----------------------------------------------------------------

/** compile.c's compiler_typealias_body: (name, type params, value function) → TypeAliasType. */
function typeAliasBody(c: Compiler, s: ast.TypeAlias, name: string): void {
  const loc = locOf(s);
  c.enterScope(name, 'function', s, loc.lineno);
  // None first, so the evaluate function can have no docstring.
  c.addConst(null);
  visitExpr(c, s.value);
  c.addOp(Op.RETURN_VALUE, loc);
  const co = assembleUnit(c, false);
  c.exitScope();
  makeClosure(c, loc, co, 0);
  c.addOpI(Op.BUILD_TUPLE, 3, loc);
  c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
}

export function compileTypeAlias(c: Compiler, s: ast.TypeAlias): void {
  const loc = locOf(s);
  // The parser only produces a Name here.
  const name = (s.name as ast.Name).id;
  const generic = s.type_params.length > 0;
  if (generic) {
    c.addOp(Op.PUSH_NULL, loc);
    c.enterScope(genericScopeName(name), 'typeparams', s.type_params, loc.lineno);
    c.loadConst(name, loc);
    compileTypeParams(c, s.type_params);
  } else {
    c.loadConst(name, loc);
    c.loadConst(null, loc);
  }
  typeAliasBody(c, s, name);
  if (generic) {
    const co = assembleUnit(c, false);
    c.exitScope();
    makeClosure(c, loc, co, 0);
    c.addOpI(Op.CALL, 0, loc);
  }
  compileNameOp(c, loc, name, 'Store');
}
