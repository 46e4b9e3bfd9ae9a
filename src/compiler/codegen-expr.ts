// Expressions: compile.c's compiler_visit_expr1 and its helpers (boolean
// operators, comparisons, calls, displays, subscripts, f-strings, jumps on
// conditions). Comprehensions, lambdas and yields live in codegen-scope.ts.
import type * as ast from '../parser/ast-nodes.js';
import { ConstTuple, ConstFrozenset, type ConstValue } from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import { NO_LOCATION, type Label, type Location } from './instructions.js';
import { type Compiler, locOf, getScope, SCOPE, DEF_IMPORT } from './compiler.js';
import { addAttrOp, compileNameOp } from './codegen-names.js';
import { compileComprehension, compileLambda, compileYield, compileYieldFrom, compileAwait } from './codegen-scope.js';

/** CPython's STACK_USE_GUIDELINE: past this many items, build displays incrementally. */
export const STACK_USE_GUIDELINE = 30;

// BINARY_OP opargs (NB_* in Include/internal/pycore_opcode_utils.h order, as opcode._nb_ops).
const BINARY_OPS: Record<ast.operator['_type'], number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7,
  Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
export const INPLACE_OFFSET = 13;

export function binaryOpArg(op: ast.operator, inplace: boolean): number {
  return BINARY_OPS[op._type] + (inplace ? INPLACE_OFFSET : 0);
}

const INTRINSIC_UNARY_POSITIVE = 5;
export const INTRINSIC_LIST_TO_TUPLE = 6;

// COMPARE_OP: the comparison in the high bits, the mask the specializer uses in the low four.
const COMPARE_ARGS: Partial<Record<ast.cmpop['_type'], number>> = {
  Lt: (0 << 4) | 2, LtE: (1 << 4) | 2 | 8, Eq: (2 << 4) | 8, NotEq: (3 << 4) | 1 | 2 | 4, Gt: (4 << 4) | 4, GtE: (5 << 4) | 4 | 8,
};

export function addCompare(c: Compiler, op: ast.cmpop, loc: Location): void {
  switch (op._type) {
    case 'Is': return c.addOpI(Op.IS_OP, 0, loc);
    case 'IsNot': return c.addOpI(Op.IS_OP, 1, loc);
    case 'In': return c.addOpI(Op.CONTAINS_OP, 0, loc);
    case 'NotIn': return c.addOpI(Op.CONTAINS_OP, 1, loc);
    default: return c.addOpI(Op.COMPARE_OP, COMPARE_ARGS[op._type]!, loc);
  }
}

/** A folded constant may hold tuples and frozensets the parser never makes. */
export function constantValue(e: ast.Constant): ConstValue {
  return e.value as ConstValue;
}

export function visitExpr(c: Compiler, e: ast.expr): void {
  const loc = locOf(e);
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addOpI(Op.COPY, 1, loc);
      return visitExpr(c, e.target);
    case 'BoolOp': return compileBoolOp(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      return c.addOpI(Op.BINARY_OP, binaryOpArg(e.op, false), loc);
    case 'UnaryOp':
      visitExpr(c, e.operand);
      switch (e.op._type) {
        case 'UAdd': return c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
        case 'Not': return c.addOp(Op.UNARY_NOT, loc);
        case 'USub': return c.addOp(Op.UNARY_NEGATIVE, loc);
        case 'Invert': return c.addOp(Op.UNARY_INVERT, loc);
      }
      return;
    case 'Lambda': return compileLambda(c, e);
    case 'IfExp': {
      const end = c.newLabel();
      const next = c.newLabel();
      jumpIf(c, loc, e.test, next, false);
      visitExpr(c, e.body);
      c.addJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(next);
      visitExpr(c, e.orelse);
      c.useLabel(end);
      return;
    }
    case 'Dict': return compileDict(c, e);
    case 'Set': return starunpackHelper(c, loc, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case 'GeneratorExp': case 'ListComp': case 'SetComp': case 'DictComp':
      return compileComprehension(c, e);
    case 'Yield': return compileYield(c, e);
    case 'YieldFrom': return compileYieldFrom(c, e);
    case 'Await': return compileAwait(c, e);
    case 'Compare': return compileCompare(c, e);
    case 'Call': return compileCall(c, e);
    case 'Constant': return c.loadConst(constantValue(e), loc);
    case 'JoinedStr': return compileJoinedStr(c, e);
    case 'FormattedValue': return compileFormattedValue(c, e);
    case 'Attribute': return compileAttribute(c, e);
    case 'Subscript': return compileSubscript(c, e);
    case 'Starred':
      throw c.syntaxError(loc, e.ctx._type === 'Store'
        ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here");
    case 'Slice': {
      const n = compileSlice(c, e);
      return c.addOpI(Op.BUILD_SLICE, n, loc);
    }
    case 'Name': return compileNameOp(c, loc, e.id, e.ctx._type);
    case 'List':
      if (e.ctx._type === 'Store') return assignmentHelper(c, loc, e.elts);
      if (e.ctx._type === 'Del') { for (const elt of e.elts) visitExpr(c, elt); return; }
      return starunpackHelper(c, loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
    case 'Tuple':
      if (e.ctx._type === 'Store') return assignmentHelper(c, loc, e.elts);
      if (e.ctx._type === 'Del') { for (const elt of e.elts) visitExpr(c, elt); return; }
      return starunpackHelper(c, loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
}

/** compile.c's unpack_helper + assignment_helper: `a, *b, c = ...`. */
function assignmentHelper(c: Compiler, loc: Location, elts: readonly ast.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((elt, i) => {
    if (elt._type !== 'Starred') return;
    if (seenStar) throw c.syntaxError(loc, 'multiple starred expressions in assignment');
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) throw c.syntaxError(loc, 'too many expressions in star-unpacking assignment');
    c.addOpI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
    seenStar = true;
  });
  if (!seenStar) c.addOpI(Op.UNPACK_SEQUENCE, n, loc);
  for (const elt of elts) visitExpr(c, elt._type === 'Starred' ? elt.value : elt);
}

function compileBoolOp(c: Compiler, e: ast.BoolOp): void {
  const loc = locOf(e);
  const jump = e.op._type === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
  const end = c.newLabel();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]!);
    c.addOpI(Op.COPY, 1, loc);
    c.addJump(jump, end, loc);
    c.addOp(Op.POP_TOP, loc);
  }
  visitExpr(c, e.values[n]!);
  c.useLabel(end);
}

function compileCompare(c: Compiler, e: ast.Compare): void {
  const loc = locOf(e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    return addCompare(c, e.ops[0]!, loc);
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addOpI(Op.SWAP, 2, loc);
    c.addOpI(Op.COPY, 2, loc);
    addCompare(c, e.ops[i]!, loc);
    c.addOpI(Op.COPY, 1, loc);
    c.addJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    c.addOp(Op.POP_TOP, loc);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, e.ops[n]!, loc);
  const end = c.newLabel();
  c.addJump(Op.JUMP, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addOpI(Op.SWAP, 2, loc);
  c.addOp(Op.POP_TOP, loc);
  c.useLabel(end);
}

/** compile.c's compiler_jump_if: jump to `next` when `e` is truthy (cond) or falsy (!cond). */
export function jumpIf(c: Compiler, loc: Location, e: ast.expr, next: Label, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') return jumpIf(c, loc, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const n = e.values.length - 1;
      const cond2 = e.op._type === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, loc, e.values[i]!, next2, cond2);
      jumpIf(c, loc, e.values[n]!, next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, loc, e.test, next2, false);
      jumpIf(c, loc, e.body, next, cond);
      c.addJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, loc, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        const eloc = locOf(e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]!);
          c.addOpI(Op.SWAP, 2, eloc);
          c.addOpI(Op.COPY, 2, eloc);
          addCompare(c, e.ops[i]!, eloc);
          c.addJump(Op.POP_JUMP_IF_FALSE, cleanup, eloc);
        }
        visitExpr(c, e.comparators[n]!);
        addCompare(c, e.ops[n]!, eloc);
        c.addJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, eloc);
        const end = c.newLabel();
        c.addJump(Op.JUMP, end, NO_LOCATION);
        c.useLabel(cleanup);
        c.addOp(Op.POP_TOP, eloc);
        if (!cond) c.addJump(Op.JUMP, next, NO_LOCATION);
        c.useLabel(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.addJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, locOf(e));
}

function allConstant(elts: readonly (ast.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) if (elts[i]?._type !== 'Constant') return false;
  return true;
}

/** compile.c's starunpack_helper: list/tuple/set displays and positional call arguments. */
export function starunpackHelper(
  c: Compiler, loc: Location, elts: readonly ast.expr[], pushed: number,
  build: number, add: number, extend: number, tuple: boolean,
): void {
  const n = elts.length;
  if (n > 2 && allConstant(elts, 0, n)) {
    const items = elts.map((e) => constantValue(e as ast.Constant));
    if (tuple && !pushed) {
      c.loadConst(new ConstTuple(items), loc);
    } else {
      c.addOpI(build, pushed, loc);
      c.loadConst(add === Op.SET_ADD ? new ConstFrozenset(items) : new ConstTuple(items), loc);
      c.addOpI(extend, 1, loc);
      if (tuple) c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._type === 'Starred');
  if (!seenStar && !big) {
    for (const e of elts) visitExpr(c, e);
    c.addOpI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
    return;
  }
  let built = false;
  if (big) { c.addOpI(build, pushed, loc); built = true; }
  elts.forEach((e, i) => {
    if (e._type === 'Starred') {
      if (!built) { c.addOpI(build, i + pushed, loc); built = true; }
      visitExpr(c, e.value);
      c.addOpI(extend, 1, loc);
    } else {
      visitExpr(c, e);
      if (built) c.addOpI(add, 1, loc);
    }
  });
  if (tuple) c.addOpI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
}

function compileSubdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const loc = locOf(e);
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConstant(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]!);
    const keys: ConstValue[] = [];
    for (let i = begin; i < end; i++) keys.push(constantValue(e.keys[i] as ast.Constant));
    c.loadConst(new ConstTuple(keys), loc);
    c.addOpI(Op.BUILD_CONST_KEY_MAP, n, loc);
    return;
  }
  if (big) c.addOpI(Op.BUILD_MAP, 0, loc);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.addOpI(Op.MAP_ADD, 1, loc);
  }
  if (!big) c.addOpI(Op.BUILD_MAP, n, loc);
}

function compileDict(c: Compiler, e: ast.Dict): void {
  const loc = locOf(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.addOpI(Op.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) { c.addOpI(Op.BUILD_MAP, 0, loc); haveDict = true; }
      visitExpr(c, e.values[i]!);
      c.addOpI(Op.DICT_UPDATE, 1, loc);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.addOpI(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.addOpI(Op.DICT_UPDATE, 1, loc);
    haveDict = true;
  }
  if (!haveDict) c.addOpI(Op.BUILD_MAP, 0, loc);
}

// ---- attributes and super() -------------------------------------------------------

/** compile.c's update_start_location_to_match_attr: point multi-line attribute accesses at the name. */
export function attrLocation(loc: Location, attr: ast.Attribute): Location {
  if (loc.lineno === attr.end_lineno) return loc;
  const len = Array.from(attr.attr).length;
  let col = -1;
  let endCol = loc.endColOffset;
  if (len <= attr.end_col_offset) col = attr.end_col_offset - len;
  else endCol = -1;
  const lineno = attr.end_lineno;
  const endLineno = Math.max(lineno, loc.endLineno);
  if (lineno === endLineno) endCol = Math.max(col, endCol);
  return { lineno, endLineno, colOffset: col, endColOffset: endCol };
}

function canOptimizeSuperCall(c: Compiler, attr: ast.Attribute): boolean {
  const e = attr.value;
  if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'super' ||
      attr.attr === '__class__' || e.keywords.length !== 0) return false;
  if (getScope(c.u.ste, 'super') !== SCOPE.GLOBAL_IMPLICIT) return false;
  if (getScope(c.st.top, 'super') !== 0) return false;
  if (e.args.length === 2) return e.args.every((a) => a._type !== 'Starred');
  if (e.args.length !== 0) return false;
  if (c.u.metadata.argcount === 0 && c.u.metadata.posonlyargcount === 0) return false;
  return getScope(c.u.ste, '__class__') === SCOPE.FREE;
}

function loadArgsForSuper(c: Compiler, e: ast.Call): void {
  const loc = locOf(e);
  compileNameOp(c, locOf(e.func), (e.func as ast.Name).id, 'Load');
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]!);
    visitExpr(c, e.args[1]!);
    return;
  }
  compileNameOp(c, loc, '__class__', 'Load');
  compileNameOp(c, loc, c.u.metadata.varnames.items[0]!, 'Load');
}

function compileAttribute(c: Compiler, e: ast.Attribute): void {
  let loc = locOf(e);
  if (e.ctx._type === 'Load' && canOptimizeSuperCall(c, e)) {
    const call = e.value as ast.Call;
    loadArgsForSuper(c, call);
    addAttrOp(c, call.args.length ? 'LOAD_SUPER_ATTR' : 'LOAD_ZERO_SUPER_ATTR', e.attr, loc);
    c.addOp(Op.NOP, attrLocation(loc, e));
    return;
  }
  visitExpr(c, e.value);
  loc = attrLocation(loc, e);
  switch (e.ctx._type) {
    case 'Load': return addAttrOp(c, 'LOAD_ATTR', e.attr, loc);
    case 'Store':
      if (e.attr === '__debug__') throw c.syntaxError(loc, 'cannot assign to __debug__');
      return addAttrOp(c, 'STORE_ATTR', e.attr, loc);
    case 'Del': return addAttrOp(c, 'DELETE_ATTR', e.attr, loc);
  }
}

// ---- subscripts ----------------------------------------------------------------

export function isTwoElementSlice(e: ast.expr): boolean {
  return e._type === 'Slice' && e.step === null;
}

/** Push a slice's bounds (None for missing ones); returns how many were pushed. */
export function compileSlice(c: Compiler, s: ast.Slice): number {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower); else c.loadConst(null, locOf(s));
  if (s.upper) visitExpr(c, s.upper); else c.loadConst(null, locOf(s));
  if (s.step) { n++; visitExpr(c, s.step); }
  return n;
}

function compileSubscript(c: Compiler, e: ast.Subscript): void {
  const loc = locOf(e);
  const ctx = e.ctx._type;
  visitExpr(c, e.value);
  if (isTwoElementSlice(e.slice) && ctx !== 'Del') {
    compileSlice(c, e.slice as ast.Slice);
    c.addOp(ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
    return;
  }
  visitExpr(c, e.slice);
  c.addOp(ctx === 'Load' ? Op.BINARY_SUBSCR : ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, loc);
}

// ---- calls ----------------------------------------------------------------

function validateKeywords(c: Compiler, keywords: readonly ast.keyword[]): void {
  keywords.forEach((kw, i) => {
    if (kw.arg === null) return;
    if (kw.arg === '__debug__') throw c.syntaxError(locOf(kw), 'cannot assign to __debug__');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j]!;
      if (other.arg === kw.arg) throw c.syntaxError(locOf(other), `keyword argument repeated: ${kw.arg}`);
    }
  });
}

function isImportOriginated(c: Compiler, e: ast.expr): boolean {
  if (e._type !== 'Name') return false;
  return ((c.st.top.symbols.get(e.id) ?? 0) & DEF_IMPORT) !== 0;
}

function kwNames(c: Compiler, keywords: readonly ast.keyword[], loc: Location): void {
  c.addOpI(Op.KW_NAMES, c.addConst(new ConstTuple(keywords.map((k) => k.arg!))), loc);
}

function maybeOptimizeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  let loc = locOf(meth);
  if (canOptimizeSuperCall(c, meth)) {
    const call = meth.value as ast.Call;
    loadArgsForSuper(c, call);
    addAttrOp(c, call.args.length ? 'LOAD_SUPER_METHOD' : 'LOAD_ZERO_SUPER_METHOD', meth.attr, loc);
    loc = attrLocation(loc, meth);
    c.addOp(Op.NOP, loc);
  } else {
    visitExpr(c, meth.value);
    loc = attrLocation(loc, meth);
    addAttrOp(c, 'LOAD_METHOD', meth.attr, loc);
  }
  for (const a of e.args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of e.keywords) visitExpr(c, k.value);
    kwNames(c, e.keywords, loc);
  }
  c.addOpI(Op.CALL, argsl + kwdsl, attrLocation(locOf(e), meth));
  return true;
}

function compileCall(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  c.addOp(Op.PUSH_NULL, locOf(e.func));
  visitExpr(c, e.func);
  callHelper(c, locOf(e), 0, e.args, e.keywords);
}

function compileSubkwargs(c: Compiler, loc: Location, keywords: readonly ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i]!.value);
    c.loadConst(new ConstTuple(keywords.slice(begin, end).map((k) => k.arg!)), loc);
    c.addOpI(Op.BUILD_CONST_KEY_MAP, n, loc);
    return;
  }
  if (big) c.addOpI(Op.BUILD_MAP, 0, NO_LOCATION);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i]!.arg!, loc);
    visitExpr(c, keywords[i]!.value);
    if (big) c.addOpI(Op.MAP_ADD, 1, NO_LOCATION);
  }
  if (!big) c.addOpI(Op.BUILD_MAP, n, loc);
}

/** compile.c's compiler_call_helper: `n` arguments are already on the stack (class bases). */
export function callHelper(c: Compiler, loc: Location, n: number, args: readonly ast.expr[], keywords: readonly ast.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE &&
    !args.some((a) => a._type === 'Starred') && !keywords.some((k) => k.arg === null);
  if (simple) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      kwNames(c, keywords, loc);
    }
    c.addOpI(Op.CALL, n + nelts + nkwelts, loc);
    return;
  }
  if (n === 0 && nelts === 1 && args[0]!._type === 'Starred') {
    visitExpr(c, args[0]!.value);
  } else {
    starunpackHelper(c, loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg !== null) { nseen++; return; }
      if (nseen) {
        compileSubkwargs(c, loc, keywords, i - nseen, i);
        if (haveDict) c.addOpI(Op.DICT_MERGE, 1, loc);
        haveDict = true;
        nseen = 0;
      }
      if (!haveDict) { c.addOpI(Op.BUILD_MAP, 0, loc); haveDict = true; }
      visitExpr(c, kw.value);
      c.addOpI(Op.DICT_MERGE, 1, loc);
    });
    if (nseen) {
      compileSubkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addOpI(Op.DICT_MERGE, 1, loc);
    }
  }
  c.addOpI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
}

// ---- f-strings ----------------------------------------------------------------

function compileJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  const loc = locOf(e);
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst('', loc);
    addAttrOp(c, 'LOAD_METHOD', 'join', loc);
    c.addOpI(Op.BUILD_LIST, 0, loc);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addOpI(Op.LIST_APPEND, 1, loc);
    }
    c.addOpI(Op.CALL, 1, loc);
    return;
  }
  for (const v of e.values) visitExpr(c, v);
  if (n !== 1) c.addOpI(Op.BUILD_STRING, n, loc);
}

const CONVERSIONS: Record<number, number> = { [-1]: 0, 115: 1, 114: 2, 97: 3 };

function compileFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg = CONVERSIONS[e.conversion] ?? 0;
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addOpI(Op.FORMAT_VALUE, oparg, locOf(e));
}
