// CPython 3.12's AST optimizer (Python/ast_opt.c), run between parsing and
// code generation: constant folding of unary and binary operators, constant
// tuples and subscripts, `__debug__`, `not (a is b)` → `a is not b`, and
// lists and sets after `in` and in `for` turned into tuples and frozensets.
// Nodes are rewritten in place, keeping their positions, as CPython does.
import type * as ast from '../parser/ast-nodes.js';
import type { ConstValue } from '../bytecode/code.js';
import { ConstTuple } from '../bytecode/code.js';
import { foldBinary, foldSubscript, foldUnary, makeFrozenset } from './const-fold.js';
import { formatAsJoinedStr } from './ast-format.js';
import { FUTURE_ANNOTATIONS_FLAG, parseFuture } from './future.js';
import { getDocString } from './codegen-stmt.js';
import { PySyntaxError } from '../parser/syntax-error.js';

/**
 * CPython raises RecursionError when the tree is deeper than 3 × its recursion
 * limit (1000), counting from 3 × the Python frames already on the stack when
 * compile() runs: 0 for `python3 FILE`, 12 for `python3 -m dis FILE` (both
 * measured on 3.12.1).
 */
const RECURSION_LIMIT = 3000;
export const DIS_MODULE_START_DEPTH = 12;

interface State { depth: number; futureAnnotations: boolean; filename: string }

export interface OptimizeOptions {
  filename?: string;
  /** 3 × the Python frames CPython would have on the stack when compiling (see RECURSION_LIMIT). */
  startDepth?: number;
}

/** Optimize a module's tree in place. Throws RecursionError (as a PySyntaxError) for too deep a tree. */
export function optimizeAst(mod: ast.Module, options: OptimizeOptions = {}): void {
  const future = parseFuture(mod);
  const state: State = {
    depth: options.startDepth ?? 0,
    futureAnnotations: 'flags' in future && (future.flags & FUTURE_ANNOTATIONS_FLAG) !== 0,
    filename: options.filename ?? '<unknown>',
  };
  body(mod.body, state);
}

/** Turn `node` into a Constant in place (make_const), keeping its position. */
function becomeConstant(node: ast.expr, value: ConstValue): void {
  const { lineno, col_offset, end_lineno, end_col_offset } = node;
  replaceNode(node, { _type: 'Constant', value: value as ast.Constant['value'], kind: null, lineno, col_offset, end_lineno, end_col_offset });
}

/**
 * Overwrite `node` with `by`'s fields (COPY_NODE): parents keep pointing at
 * the same object. Fields `by` lacks become undefined rather than deleted:
 * `delete` turns the object into a slow dictionary-mode one (a folded `-1`
 * is common). Codegen reads only the fields of the node's `_type`, and the
 * compiler's one generic walk (isLiteralWarnings) skips undefined fields.
 */
function replaceNode(node: ast.expr, by: ast.expr): void {
  const target = node as unknown as Record<string, unknown>;
  for (const key in target) if (!Object.hasOwn(by, key)) target[key] = undefined;
  Object.assign(target, by);
}

function constValue(e: ast.expr | null | undefined): ConstValue | undefined {
  return e?._type === 'Constant' ? (e.value as ConstValue) : undefined;
}

function body(stmts: ast.stmt[], s: State): void {
  const hadDocstring = getDocString(stmts) !== null;
  for (const st of stmts) stmt(st, s);
  // A string folded out of an expression must not become a docstring.
  if (!hadDocstring && getDocString(stmts) !== null) {
    const first = stmts[0] as ast.Expr;
    const { lineno, col_offset, end_lineno, end_col_offset } = first;
    first.value = { _type: 'JoinedStr', values: [first.value], lineno, col_offset, end_lineno, end_col_offset };
  }
}

function enter(s: State): void {
  if (++s.depth > RECURSION_LIMIT) {
    throw new PySyntaxError('RecursionError', 'maximum recursion depth exceeded during compilation', 0, 0, '', s.filename);
  }
}

function exprs(list: readonly (ast.expr | null)[], s: State): void {
  for (const e of list) if (e) expr(e, s);
}

function stmts(list: readonly ast.stmt[], s: State): void {
  for (const st of list) stmt(st, s);
}

function annotation(e: ast.expr | null, s: State): void {
  if (e && !s.futureAnnotations) expr(e, s);
}

function args(a: ast.arguments_, s: State): void {
  for (const p of [...a.posonlyargs, ...a.args]) annotation(p.annotation, s);
  if (a.vararg) annotation(a.vararg.annotation, s);
  for (const p of a.kwonlyargs) annotation(p.annotation, s);
  exprs(a.kw_defaults, s);
  if (a.kwarg) annotation(a.kwarg.annotation, s);
  exprs(a.defaults, s);
}

function typeParams(params: readonly ast.type_param[], s: State): void {
  for (const p of params) if (p._type === 'TypeVar' && p.bound) expr(p.bound, s);
}

function stmt(node: ast.stmt, s: State): void {
  enter(s);
  switch (node._type) {
    case 'FunctionDef': case 'AsyncFunctionDef':
      typeParams(node.type_params, s);
      args(node.args, s);
      body(node.body, s);
      exprs(node.decorator_list, s);
      annotation(node.returns, s);
      break;
    case 'ClassDef':
      typeParams(node.type_params, s);
      exprs(node.bases, s);
      for (const k of node.keywords) expr(k.value, s);
      body(node.body, s);
      exprs(node.decorator_list, s);
      break;
    case 'Return': if (node.value) expr(node.value, s); break;
    case 'Delete': exprs(node.targets, s); break;
    case 'Assign': exprs(node.targets, s); expr(node.value, s); break;
    case 'TypeAlias': expr(node.name, s); typeParams(node.type_params, s); expr(node.value, s); break;
    case 'AugAssign': expr(node.target, s); expr(node.value, s); break;
    case 'AnnAssign':
      expr(node.target, s);
      annotation(node.annotation, s);
      if (node.value) expr(node.value, s);
      break;
    case 'For':
      expr(node.target, s); expr(node.iter, s); stmts(node.body, s); stmts(node.orelse, s);
      foldIter(node.iter);
      break;
    case 'AsyncFor': expr(node.target, s); expr(node.iter, s); stmts(node.body, s); stmts(node.orelse, s); break;
    case 'While': case 'If': expr(node.test, s); stmts(node.body, s); stmts(node.orelse, s); break;
    case 'With': case 'AsyncWith':
      for (const item of node.items) { expr(item.context_expr, s); if (item.optional_vars) expr(item.optional_vars, s); }
      stmts(node.body, s);
      break;
    case 'Raise': if (node.exc) expr(node.exc, s); if (node.cause) expr(node.cause, s); break;
    case 'Try': case 'TryStar':
      stmts(node.body, s);
      for (const h of node.handlers) { if (h.type) expr(h.type, s); stmts(h.body, s); }
      stmts(node.orelse, s);
      stmts(node.finalbody, s);
      break;
    case 'Assert': expr(node.test, s); if (node.msg) expr(node.msg, s); break;
    case 'Expr': expr(node.value, s); break;
    case 'Match':
      expr(node.subject, s);
      for (const c of node.cases) { pattern(c.pattern, s); if (c.guard) expr(c.guard, s); stmts(c.body, s); }
      break;
    case 'Import': case 'ImportFrom': case 'Global': case 'Nonlocal': case 'Pass': case 'Break': case 'Continue':
      break;
  }
  s.depth--;
}

function pattern(p: ast.pattern, s: State): void {
  enter(s);
  switch (p._type) {
    case 'MatchValue': expr(p.value, s); break;
    case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) pattern(q, s); break;
    case 'MatchMapping': exprs(p.keys, s); for (const q of p.patterns) pattern(q, s); break;
    case 'MatchClass':
      expr(p.cls, s);
      for (const q of p.patterns) pattern(q, s);
      for (const q of p.kwd_patterns) pattern(q, s);
      break;
    case 'MatchAs': if (p.pattern) pattern(p.pattern, s); break;
    case 'MatchSingleton': case 'MatchStar': break;
  }
  s.depth--;
}

function comprehensions(gens: readonly ast.comprehension[], s: State): void {
  for (const g of gens) {
    expr(g.target, s);
    expr(g.iter, s);
    exprs(g.ifs, s);
    foldIter(g.iter);
  }
}

function expr(node: ast.expr, s: State): void {
  enter(s);
  switch (node._type) {
    case 'BoolOp': exprs(node.values, s); break;
    case 'BinOp': {
      expr(node.left, s);
      expr(node.right, s);
      const l = constValue(node.left), r = constValue(node.right);
      if (typeof l === 'string' && node.op._type === 'Mod' && node.right._type === 'Tuple'
        && !node.right.elts.some((e) => e._type === 'Starred')) {
        const joined = formatAsJoinedStr(node, l, node.right.elts);
        if (joined) replaceNode(node, joined);
      } else if (l !== undefined && r !== undefined) {
        const v = foldBinary(node.op._type, l, r);
        if (v !== undefined) becomeConstant(node, v);
      }
      break;
    }
    case 'UnaryOp': expr(node.operand, s); foldUnaryOp(node); break;
    case 'Lambda': args(node.args, s); expr(node.body, s); break;
    case 'IfExp': expr(node.test, s); expr(node.body, s); expr(node.orelse, s); break;
    case 'Dict': exprs(node.keys, s); exprs(node.values, s); break;
    case 'Set': exprs(node.elts, s); break;
    case 'ListComp': case 'SetComp': case 'GeneratorExp': expr(node.elt, s); comprehensions(node.generators, s); break;
    case 'DictComp': expr(node.key, s); expr(node.value, s); comprehensions(node.generators, s); break;
    case 'Await': case 'YieldFrom': expr(node.value, s); break;
    case 'Yield': if (node.value) expr(node.value, s); break;
    case 'Compare': {
      expr(node.left, s);
      exprs(node.comparators, s);
      const last = node.ops.length - 1;
      const op = node.ops[last]!._type;
      if (op === 'In' || op === 'NotIn') foldIter(node.comparators[last]!);
      break;
    }
    case 'Call':
      expr(node.func, s);
      exprs(node.args, s);
      for (const k of node.keywords) expr(k.value, s);
      break;
    case 'FormattedValue': expr(node.value, s); if (node.format_spec) expr(node.format_spec, s); break;
    case 'JoinedStr': exprs(node.values, s); break;
    case 'Attribute': expr(node.value, s); break;
    case 'Subscript': {
      expr(node.value, s);
      expr(node.slice, s);
      const v = constValue(node.value), i = constValue(node.slice);
      if (node.ctx._type === 'Load' && v !== undefined && i !== undefined) {
        const r = foldSubscript(v, i);
        if (r !== undefined) becomeConstant(node, r);
      }
      break;
    }
    case 'Starred': expr(node.value, s); break;
    case 'Slice':
      if (node.lower) expr(node.lower, s);
      if (node.upper) expr(node.upper, s);
      if (node.step) expr(node.step, s);
      break;
    case 'List': exprs(node.elts, s); break;
    case 'Tuple': {
      exprs(node.elts, s);
      const items = node.ctx._type === 'Load' ? constTuple(node.elts) : null;
      if (items) becomeConstant(node, items);
      break;
    }
    case 'Name':
      if (node.ctx._type === 'Load' && node.id === '__debug__') becomeConstant(node, true);
      break;
    case 'NamedExpr': expr(node.value, s); break;
    case 'Constant': break;
  }
  s.depth--;
}

/** fold_unaryop: a constant operand is folded; `not` of a one-operator is/in comparison flips it. */
function foldUnaryOp(node: ast.UnaryOp): void {
  const operand = node.operand;
  if (operand._type !== 'Constant') {
    if (node.op._type === 'Not' && operand._type === 'Compare' && operand.ops.length === 1) {
      const inverse = INVERSE_CMP[operand.ops[0]!._type];
      if (inverse) {
        operand.ops[0] = { _type: inverse };
        // COPY_NODE: the UnaryOp node becomes the comparison, position included.
        replaceNode(node, operand);
      }
    }
    return;
  }
  const v = foldUnary(node.op._type, operand.value as ConstValue);
  if (v !== undefined) becomeConstant(node, v);
}

const INVERSE_CMP: Partial<Record<ast.cmpop['_type'], 'Is' | 'IsNot' | 'In' | 'NotIn'>> = {
  Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In',
};

function constTuple(elts: readonly ast.expr[]): ConstTuple | null {
  const items: ConstValue[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    items.push(e.value as ConstValue);
  }
  return new ConstTuple(items);
}

/** fold_iter: after `in` and in `for`, a list becomes a tuple and a constant set a frozenset. */
function foldIter(node: ast.expr): void {
  if (node._type === 'List') {
    if (node.elts.some((e) => e._type === 'Starred')) return;
    const tuple = node as unknown as ast.Tuple;
    tuple._type = 'Tuple';
    const items = constTuple(tuple.elts);
    if (items) becomeConstant(node, items);
  } else if (node._type === 'Set') {
    const items = constTuple(node.elts);
    if (items) becomeConstant(node, makeFrozenset(items.items));
  }
}
