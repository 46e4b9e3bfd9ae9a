// ohm semantics: the concrete syntax tree of grammar/python.ohm → CPython's AST.
// Each action returns an AST node (or a small intermediate the parent uses);
// positions come from the CST node's source interval mapped by SourceMap.
import type { MatchResult } from 'ohm-js';
import pythonGrammar, { type PythonGrammar } from '../../grammar/python.ohm-bundle.js';
import { Walker, type Actions, type Cst, type RawNode, type Shortcuts } from './cst.js';
import { useFastMatching } from './fast-match.js';
import type * as ast from './ast-nodes.js';
import { PyEllipsis } from './constants.js';
import { parseNumber } from './literals.js';
import { LOAD, STORE, setContext, InvalidTarget, describe, type TargetKind } from './targets.js';
import { ParseContext, type Pos } from './context.js';
import { augOp, buildOperators, type OpToken } from './operators.js';
import { buildStrings } from './fstrings.js';
import { buildArguments, type ParamPart } from './params.js';
import { patternActions } from './patterns.js';

/** Runs the semantic action of a CST node; the result's shape is the caller's knowledge. */
export function build<T>(n: Cst): T {
  return walker.build(n) as T;
}
function opt<T>(iter: Cst): T | null {
  const c = iter.children[0];
  return c ? build<T>(c) : null;
}
function all<T>(iter: Cst): T[] {
  return iter.children.map((c) => build<T>(c));
}
function listOf<T>(n: Cst): T[] {
  return n.asIteration().map((c) => build<T>(c));
}
/** The items of a list written out as `X ("," X)*`: the first item and the iteration of the rest. */
function listItems<T>(first: Cst, rest: Cst): T[] {
  const out = [build<T>(first)];
  for (const c of rest.children) out.push(build<T>(c));
  return out;
}
function nameOf(n: Cst): string {
  return build<string>(n);
}

let ctx: ParseContext;

function pos(n: Cst): Pos {
  return ctx.pos(n.startIdx, n.endIdx);
}
/**
 * A compound statement's span: CPython ends it at the block's last token
 * (a trailing `;` included), not at the newline or dedent after it.
 */
function stmtPos(n: Cst): Pos {
  return ctx.pos(n.startIdx, ctx.lastTokenEnd(n.endIdx));
}
/** Position from the start of `a` to the end of the AST node `b`. */
function span(a: Cst, b: Pos): Pos {
  const p = pos(a);
  return { lineno: p.lineno, col_offset: p.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}
function tuple(elts: ast.expr[], p: Pos): ast.Tuple {
  return { _type: 'Tuple', elts, ctx: LOAD, ...p };
}
/** A comma list of expressions: one item without a trailing comma stays itself, else a Tuple. */
function commaList(node: Cst, first: Cst, rest: Cst, trailing: Cst): ast.expr {
  if (rest.children.length === 0 && trailing.children.length === 0) return build<ast.expr>(first);
  return tuple(listItems<ast.expr>(first, rest), pos(node));
}
function target(e: ast.expr, kind: TargetKind): ast.expr {
  try {
    setContext(e, kind);
  } catch (err) {
    if (err instanceof InvalidTarget) ctx.failAt(err.node, err.message);
    throw err;
  }
  return e;
}

const actions: Actions = {
  Module(stmts, _end) {
    return { _type: 'Module', body: all<ast.stmt | ast.stmt[]>(stmts).flat(), type_ignores: [] } satisfies ast.Module;
  },
  SimpleStmts(first, _semis, rest, _semi, _nl) {
    return listItems<ast.stmt>(first, rest);
  },
  Block_indented(_nl, _indent, stmts, _dedent) {
    return all<ast.stmt | ast.stmt[]>(stmts).flat();
  },

  // ---- simple statements
  ExprStmt(first, tail) {
    const value = build<ast.expr>(first);
    const t = tail.children[0];
    if (!t) return { _type: 'Expr', value, ...pos(this) } satisfies ast.Expr;
    return build<(v: ast.expr, p: Pos) => ast.stmt>(t)(value, pos(this));
  },
  ExprTail_aug(op, rhs) {
    const value = build<ast.expr>(rhs);
    return (t: ast.expr, p: Pos): ast.AugAssign => {
      if (t._type !== 'Name' && t._type !== 'Attribute' && t._type !== 'Subscript') {
        ctx.failAt(t, `'${describe(t)}' is an illegal expression for augmented assignment`);
      }
      t.ctx = STORE;
      return { _type: 'AugAssign', target: t, op: augOp(op.sourceString), value, ...p };
    };
  },
  ExprTail_ann(_colon, annotation, value) {
    const ann = build<ast.expr>(annotation);
    const v = opt<ast.expr>(value);
    return (t: ast.expr, p: Pos): ast.AnnAssign => {
      if (t._type === 'Tuple') ctx.failAt(t, 'only single target (not tuple) can be annotated');
      if (t._type === 'List') ctx.failAt(t, 'only single target (not list) can be annotated');
      if (t._type !== 'Name' && t._type !== 'Attribute' && t._type !== 'Subscript') ctx.failAt(t, 'illegal target for annotation');
      const simple = t._type === 'Name' && !ctx.isParenthesized(t) ? 1 : 0;
      t.ctx = STORE;
      return { _type: 'AnnAssign', target: t, annotation: ann, value: v, simple, ...p };
    };
  },
  AnnValue(_eq, value) { return build(value); },
  AssignValue(_eq, value) { return build(value); },
  ExprTail_assign(values) {
    const rhs = all<ast.expr>(values);
    return (first: ast.expr, p: Pos): ast.Assign => {
      const exprs = [first, ...rhs];
      const value = exprs.pop()!;
      const targets = exprs.map((e) => target(e, exprs.length === 1 ? 'assign' : 'assign-chain'));
      return { _type: 'Assign', targets, value, type_comment: null, ...p };
    };
  },
  Return(_kw, value) {
    return { _type: 'Return', value: opt<ast.expr>(value), ...pos(this) } satisfies ast.Return;
  },
  Pass(_kw) { return { _type: 'Pass', ...pos(this) } satisfies ast.Pass; },
  Break(_kw) { return { _type: 'Break', ...pos(this) } satisfies ast.Break; },
  Continue(_kw) { return { _type: 'Continue', ...pos(this) } satisfies ast.Continue; },
  Del_targets(_kw, list, _comma, _end) {
    const targets = listOf<ast.expr>(list).map((e) => target(e, 'del'));
    return { _type: 'Delete', targets, ...pos(this) } satisfies ast.Delete;
  },
  Del_invalid(_kw, exprs) {
    // Only reached when the targets are not all deletable: this raises CPython's error.
    target(build<ast.expr>(exprs), 'del');
    return ctx.failAt(pos(exprs), 'invalid syntax');
  },
  Global(_kw, names) {
    return { _type: 'Global', names: listOf<string>(names), ...pos(this) } satisfies ast.Global;
  },
  Nonlocal(_kw, names) {
    return { _type: 'Nonlocal', names: listOf<string>(names), ...pos(this) } satisfies ast.Nonlocal;
  },
  Assert(_kw, test, _comma, msg) {
    return { _type: 'Assert', test: build<ast.expr>(test), msg: opt<ast.expr>(msg), ...pos(this) } satisfies ast.Assert;
  },
  Raise(_kw, exc, cause) {
    const c = cause.children[0]?.children[0];
    return { _type: 'Raise', exc: opt<ast.expr>(exc), cause: c ? build<ast.expr>(c) : null, ...pos(this) } satisfies ast.Raise;
  },
  RaiseFrom(_kw, e) { return build(e); },
  TypeAlias(_kw, name, params, _eq, value) {
    const n: ast.Name = { _type: 'Name', id: nameOf(name), ctx: STORE, ...pos(name) };
    const tp = params.children[0];
    return { _type: 'TypeAlias', name: n, type_params: tp ? build<ast.type_param[]>(tp) : [], value: build<ast.expr>(value), ...pos(this) } satisfies ast.TypeAlias;
  },
  Import(_kw, names) {
    return { _type: 'Import', names: listOf<ast.alias>(names), ...pos(this) } satisfies ast.Import;
  },
  DottedAsName(dotted, asName) {
    return { _type: 'alias', name: build<string>(dotted), asname: opt<string>(asName), ...pos(this) } satisfies ast.alias;
  },
  AsName(_kw, name) { return nameOf(name); },
  DottedName(list) { return listOf<string>(list).join('.'); },
  ImportFrom(_kw, dots, module, kw2, targets) {
    const level = dots.sourceString.replace(/\s/g, '').length;
    // `from import x`: a module name is optional only after dots.
    if (level === 0 && module.children.length === 0) return ctx.failAt(pos(kw2), 'invalid syntax');
    return {
      _type: 'ImportFrom', module: opt<string>(module), names: build<ast.alias[]>(targets), level, ...pos(this),
    } satisfies ast.ImportFrom;
  },
  ImportTargets_paren(_open, list, _comma, _close) { return listOf(list); },
  ImportTargets_star(star) { return [{ _type: 'alias', name: '*', asname: null, ...pos(star) } satisfies ast.alias]; },
  ImportTargets_plain(list) { return listOf(list); },
  ImportTargets_trailing(_list, comma) { return ctx.failAt(pos(comma), 'trailing comma not allowed without surrounding parentheses'); },
  ImportAsName(name, asName) {
    return { _type: 'alias', name: nameOf(name), asname: opt<string>(asName), ...pos(this) } satisfies ast.alias;
  },

  // ---- compound statements
  If(_kw, test, _colon, block, elifs, orelse) {
    const body = build<ast.stmt[]>(block);
    let tail: ast.stmt[] = orelse.children[0] ? build<ast.stmt[]>(orelse.children[0]) : [];
    for (let i = elifs.children.length - 1; i >= 0; i--) {
      tail = [build<(orelse: ast.stmt[], chainEnd: Pos) => ast.If>(elifs.children[i]!)(tail, stmtPos(this))];
    }
    return { _type: 'If', test: build<ast.expr>(test), body, orelse: tail, ...stmtPos(this) } satisfies ast.If;
  },
  Elif(_kw, test, _colon, block) {
    const body = build<ast.stmt[]>(block);
    const t = build<ast.expr>(test);
    const own = stmtPos(this);
    return (orelse: ast.stmt[], chainEnd: Pos): ast.If => ({ _type: 'If', test: t, body, orelse, ...own, ...(orelse.length ? { end_lineno: chainEnd.end_lineno, end_col_offset: chainEnd.end_col_offset } : {}) });
  },
  Else(_kw, _colon, block) { return build(block); },
  While(_kw, test, _colon, block, orelse) {
    const body = build<ast.stmt[]>(block);
    const e = orelse.children[0] ? build<ast.stmt[]>(orelse.children[0]) : [];
    return { _type: 'While', test: build<ast.expr>(test), body, orelse: e, ...stmtPos(this) } satisfies ast.While;
  },
  For(_kw, targets, _in, iter, _colon, block, orelse) {
    const body = build<ast.stmt[]>(block);
    const e = orelse.children[0] ? build<ast.stmt[]>(orelse.children[0]) : [];
    return {
      _type: 'For', target: target(build<ast.expr>(targets), 'for'), iter: build<ast.expr>(iter), body, orelse: e,
      type_comment: null, ...stmtPos(this),
    } satisfies ast.For;
  },
  Try_finally(_kw, _colon, block, fin) {
    const body = build<ast.stmt[]>(block);
    const finalbody = build<ast.stmt[]>(fin);
    return { _type: 'Try', body, handlers: [], orelse: [], finalbody, ...stmtPos(this) } satisfies ast.Try;
  },
  Try_star(_kw, _colon, block, handlers, orelse, fin) {
    return tryStmt(this, 'TryStar', block, handlers, orelse, fin);
  },
  Try_except(_kw, _colon, block, handlers, orelse, fin) {
    return tryStmt(this, 'Try', block, handlers, orelse, fin);
  },
  Except(_kw, type, asName, _colon, block) {
    const body = build<ast.stmt[]>(block);
    const a = asName.children[0]?.children[0];
    return {
      _type: 'ExceptHandler', type: opt<ast.expr>(type), name: a ? build<string>(a) : null, body, ...stmtPos(this),
    } satisfies ast.ExceptHandler;
  },
  ExceptStar(_kw, _star, type, asName, _colon, block) {
    const body = build<ast.stmt[]>(block);
    return {
      _type: 'ExceptHandler', type: build<ast.expr>(type), name: opt<string>(asName), body, ...stmtPos(this),
    } satisfies ast.ExceptHandler;
  },
  Finally(_kw, _colon, block) { return build(block); },
  With_paren(_kw, _open, items, _comma, _close, _colon, block) {
    const body = build<ast.stmt[]>(block);
    return { _type: 'With', items: listOf<ast.withitem>(items), body, type_comment: null, ...stmtPos(this) } satisfies ast.With;
  },
  With_plain(_kw, items, _colon, block) {
    const body = build<ast.stmt[]>(block);
    return { _type: 'With', items: listOf<ast.withitem>(items), body, type_comment: null, ...stmtPos(this) } satisfies ast.With;
  },
  WithItem(expr, asPart) {
    const vars = opt<ast.expr>(asPart);
    return { _type: 'withitem', context_expr: build<ast.expr>(expr), optional_vars: vars ? target(vars, 'with') : null } satisfies ast.withitem;
  },
  WithAs(_kw, t, _look) { return build(t); },
  FuncDef(_kw, name, typeParams, _open, params, _close, returns, _colon, block) {
    const body = build<ast.stmt[]>(block);
    const tp = typeParams.children[0];
    return {
      _type: 'FunctionDef', name: nameOf(name), args: buildArguments(params.children[0] ? build<ParamPart[]>(params.children[0]) : [], ctx),
      body, decorator_list: [], returns: opt<ast.expr>(returns), type_comment: null,
      type_params: tp ? build<ast.type_param[]>(tp) : [], ...stmtPos(this),
    } satisfies ast.FunctionDef;
  },
  Returns(_arrow, e) { return build(e); },
  ClassDef(_kw, name, typeParams, args, _colon, block) {
    const body = build<ast.stmt[]>(block);
    const tp = typeParams.children[0];
    const call = args.children[0] ? build<CallArgs>(args.children[0]) : { args: [], keywords: [] };
    const only = call.args[0];
    if (only && only._type === 'GeneratorExp' && !ctx.isParenthesized(only)) ctx.failAt(only, 'invalid syntax');
    return {
      _type: 'ClassDef', name: nameOf(name), bases: call.args, keywords: call.keywords, body, decorator_list: [],
      type_params: tp ? build<ast.type_param[]>(tp) : [], ...stmtPos(this),
    } satisfies ast.ClassDef;
  },
  ClassArgs(_open, args, _close) {
    return args.children[0] ? build<CallArgs>(args.children[0]) : { args: [], keywords: [] };
  },
  Decorated(decorators, def) {
    const d = build<ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.stmt>(def);
    if (d._type !== 'FunctionDef' && d._type !== 'AsyncFunctionDef' && d._type !== 'ClassDef') {
      ctx.failAt(d, 'invalid syntax');
    }
    d.decorator_list = all<ast.expr>(decorators);
    return d;
  },
  Decorator(_at, e, _nl) { return build(e); },
  AsyncStmt(_kw, stmt) {
    const s = build<ast.stmt>(stmt);
    const p = span(this, s);
    switch (s._type) {
      case 'FunctionDef': return { ...s, _type: 'AsyncFunctionDef', ...p } satisfies ast.AsyncFunctionDef;
      case 'With': return { ...s, _type: 'AsyncWith', ...p } satisfies ast.AsyncWith;
      case 'For': return { ...s, _type: 'AsyncFor', ...p } satisfies ast.AsyncFor;
      default: return ctx.failAt(s, 'invalid syntax');
    }
  },
  TypeParams(_open, list, _comma, _close) { return listOf(list); },
  TypeParam_paramSpec(_stars, name) { return { _type: 'ParamSpec', name: nameOf(name), ...pos(this) } satisfies ast.ParamSpec; },
  TypeParam_typeVarTuple(_star, name) { return { _type: 'TypeVarTuple', name: nameOf(name), ...pos(this) } satisfies ast.TypeVarTuple; },
  TypeParam_typeVar(name, bound) {
    return { _type: 'TypeVar', name: nameOf(name), bound: opt<ast.expr>(bound), ...pos(this) } satisfies ast.TypeVar;
  },
  TypeBound(_colon, e) { return build(e); },

  // ---- parameters
  Params(first, _commas, rest, _comma) { return listItems<ParamPart>(first, rest); },
  LambdaParams(first, _commas, rest, _comma) { return listItems<ParamPart>(first, rest); },
  Param_kwargs(_stars, name, ann, dflt) { return { kind: 'kwargs', arg: arg(name, opt<ast.expr>(ann)), node: this, default: dflt.children[0] ?? null } satisfies ParamPart; },
  Param_varargs(_star, name, ann, dflt) { return { kind: 'varargs', arg: arg(name, opt<ast.expr>(ann)), node: this, default: dflt.children[0] ?? null } satisfies ParamPart; },
  Param_bare(_star) { return { kind: 'star', node: this } satisfies ParamPart; },
  Param_slash(_slash) { return { kind: 'slash', node: this } satisfies ParamPart; },
  Param_plain(name, ann, dflt) {
    return { kind: 'plain', arg: arg(name, opt<ast.expr>(ann)), default: opt<ast.expr>(dflt), node: this } satisfies ParamPart;
  },
  LambdaParam_kwargs(_stars, name, dflt) { return { kind: 'kwargs', arg: arg(name, null), node: this, default: dflt.children[0] ?? null } satisfies ParamPart; },
  LambdaParam_varargs(_star, name, dflt) { return { kind: 'varargs', arg: arg(name, null), node: this, default: dflt.children[0] ?? null } satisfies ParamPart; },
  LambdaParam_bare(_star) { return { kind: 'star', node: this } satisfies ParamPart; },
  LambdaParam_slash(_slash) { return { kind: 'slash', node: this } satisfies ParamPart; },
  LambdaParam_plain(name, dflt) {
    return { kind: 'plain', arg: arg(name, null), default: opt<ast.expr>(dflt), node: this } satisfies ParamPart;
  },
  Annotation(_colon, e) { return build(e); },
  StarAnnotation(_colon, e) { return build(e); },
  Default(_eq, e) { return build(e); },

  // ---- expressions
  StarExpressions(first, _commas, rest, trailing) { return commaList(this, first, rest, trailing); },
  StarNamedExpressions(first, _commas, rest, trailing) { return commaList(this, first, rest, trailing); },
  StarExpression_star(_star, e) { return starred(this, e); },
  StarNamedExpression_star(_star, e) { return starred(this, e); },
  NamedExpression_walrus(name, _op, value) { return walrus(this, name, value); },
  StarNamedExpression_walrus(name, _op, value) { return walrus(this, name, value); },
  Expression(prefixes, primary, tails, _if, cond) {
    const t = operators(prefixes, primary, tails);
    const c = cond.children[0];
    if (!c) return t;
    const [body, orelse] = build<[ast.expr, ast.expr]>(c);
    return { _type: 'IfExp', test: body, body: t, orelse, ...pos(this) } satisfies ast.IfExp;
  },
  CondTail(_if, test, _else, orelse) { return [disjunction(build(test)), build(orelse)]; },
  LambdaExpr(_kw, params, _colon, body) {
    const parts = params.children[0] ? build<ParamPart[]>(params.children[0]) : [];
    return { _type: 'Lambda', args: buildArguments(parts, ctx), body: build<ast.expr>(body), ...pos(this) } satisfies ast.Lambda;
  },
  YieldExpr_from(_kw, _from, e) { return { _type: 'YieldFrom', value: build<ast.expr>(e), ...pos(this) } satisfies ast.YieldFrom; },
  YieldExpr_plain(_kw, e) { return { _type: 'Yield', value: opt<ast.expr>(e), ...pos(this) } satisfies ast.Yield; },
  OpExpr(first, tails) {
    const [prefixes, primary] = first.children;
    return operators(prefixes!, primary!, tails);
  },
  StarOperand(e) {
    const x = build<ast.expr>(e);
    // After `*` or `**` in a display CPython's grammar has bitwise_or: no and/or/not/comparisons.
    if (!ctx.isParenthesized(x) && (x._type === 'BoolOp' || x._type === 'Compare' || (x._type === 'UnaryOp' && x.op._type === 'Not'))) {
      ctx.failAt(x, 'invalid syntax');
    }
    return x;
  },
  AwaitExpr(_kw, e) { return { _type: 'Await', value: disjunction(build<ast.expr>(e)), ...pos(this) } satisfies ast.Await; },
  Primary(atom, trailers) {
    let e = build<ast.expr>(atom);
    for (const t of trailers.children) {
      e = build<(e: ast.expr, p: Pos) => ast.expr>(t)(e, span(this, pos(t)));
    }
    return e;
  },
  AttrTrailer(_dot, name) {
    const attr = nameOf(name);
    return (value: ast.expr, p: Pos): ast.Attribute => ({ _type: 'Attribute', value, attr, ctx: LOAD, ...p });
  },
  CallTrailer(_open, args, _close) {
    const a = args.children[0];
    const call = a ? build<CallArgs>(a) : { args: [], keywords: [] };
    const self = this;
    return (func: ast.expr, p: Pos): ast.Call => {
      // A lone generator argument takes the call's parentheses as its own span.
      const only = call.args[0];
      if (call.args.length === 1 && call.keywords.length === 0 && only && only._type === 'GeneratorExp' && !ctx.isParenthesized(only)) {
        Object.assign(only, pos(self));
      }
      return { _type: 'Call', func, args: call.args, keywords: call.keywords, ...p };
    };
  },
  SubscriptTrailer(_open, slices, _close) {
    const slice = build<ast.expr>(slices);
    return (value: ast.expr, p: Pos): ast.Subscript => ({ _type: 'Subscript', value, slice, ctx: LOAD, ...p });
  },
  Slices(first, _commas, rest, trailing) {
    const e = commaList(this, first, rest, trailing);
    // `a[*b]` subscripts with a one-element tuple, as if written `a[*b,]`.
    return e._type === 'Starred' ? tuple([e], pos(this)) : e;
  },
  SliceItem_slice(lower, _colon, upper, step) {
    const s = step.children[0];
    return {
      _type: 'Slice', lower: opt<ast.expr>(lower), upper: opt<ast.expr>(upper), step: s ? build<ast.expr | null>(s) : null, ...pos(this),
    } satisfies ast.Slice;
  },
  SliceItem_star(_star, e) { return starred(this, e); },
  SliceStep(_colon, e) { return opt<ast.expr>(e); },
  Arguments(first, _commas, rest, _comma) {
    const list = listItems<ast.expr | ast.keyword>(first, rest);
    const args: ast.expr[] = [], keywords: ast.keyword[] = [];
    let sawKeyword = false, sawDoubleStar = false;
    for (const item of list) {
      if (item._type === 'keyword') {
        keywords.push(item);
        sawKeyword = true;
        if (item.arg === null) sawDoubleStar = true;
        continue;
      }
      if (item._type === 'GeneratorExp' && list.length > 1 && !ctx.isParenthesized(item)) {
        ctx.failAt(item, 'Generator expression must be parenthesized');
      }
      // CPython reports these at the token it stopped at: the `*` of the unpacking, or the call's `)`.
      const closingParen = (): number => ctx.nextChar(this.endIdx, ')');
      if (item._type === 'Starred') {
        const star = { lineno: item.lineno, col_offset: item.col_offset, end_lineno: item.lineno, end_col_offset: item.col_offset + 1 };
        if (sawDoubleStar) ctx.failAt(star, 'iterable argument unpacking follows keyword argument unpacking');
      } else if (sawDoubleStar) {
        ctx.failAtOffset(closingParen(), 'positional argument follows keyword argument unpacking', 'SyntaxError', 1);
      } else if (sawKeyword) {
        ctx.failAtOffset(closingParen(), 'positional argument follows keyword argument', 'SyntaxError', 1);
      }
      args.push(item);
    }
    return { args, keywords } satisfies CallArgs;
  },
  StarArg_dstar(_op, e) { return { _type: 'keyword', arg: null, value: build<ast.expr>(e), ...pos(this) } satisfies ast.keyword; },
  StarArg_star(_op, e) { return starred(this, e); },
  KeywordArg(name, _eq, e) {
    return { _type: 'keyword', arg: nameOf(name), value: build<ast.expr>(e), ...pos(this) } satisfies ast.keyword;
  },
  PlainArg(e, clauses) {
    const c = clauses.children[0];
    return c ? genexp(this, e, c) : build(e);
  },

  Atom(atom) {
    switch (atom.ctorName) {
      case 'name': return { _type: 'Name', id: nameOf(atom), ctx: LOAD, ...pos(atom) } satisfies ast.Name;
      case 'radixNumber': case 'decimalNumber': return numberConstant(atom);
      case '_terminal': {
        const text = atom.sourceString;
        return constant(this, text === '...' ? PyEllipsis : text === 'None' ? null : text === 'True');
      }
      default: return build(atom);  // Strings, ParenAtom, ListAtom, BraceAtom, LambdaExpr
    }
  },
  Strings(parts) { return buildStrings(parts.children, pos(this), ctx); },
  ParenAtom_empty(_open, _close) { return tuple([], pos(this)); },
  ParenAtom_yield(_open, e, _close) { return ctx.parenthesized(build<ast.expr>(e)); },
  ParenAtom_genexp(_open, elt, clauses, _close) { return ctx.parenthesized(genexp(this, elt, clauses)); },
  ParenAtom_items(_open, items, _close) {
    const e = build<ast.expr>(items);
    if (isCommaTuple(items)) Object.assign(e, pos(this));
    else if (e._type === 'Starred') ctx.failAt(e, 'cannot use starred expression here');
    return ctx.parenthesized(e);
  },
  ListAtom_comp(_open, elt, clauses, _close) {
    const { elt: e, generators } = comprehension(elt, clauses);
    return { _type: 'ListComp', elt: e, generators, ...pos(this) } satisfies ast.ListComp;
  },
  ListAtom_items(_open, items, _close) {
    return { _type: 'List', elts: items.children[0] ? elements(items.children[0]) : [], ctx: LOAD, ...pos(this) } satisfies ast.List;
  },
  BraceAtom_empty(_open, _close) { return { _type: 'Dict', keys: [], values: [], ...pos(this) } satisfies ast.Dict; },
  BraceAtom_dictComp(_open, key, _colon, value, clauses, _close) {
    const generators = all<ast.comprehension>(clauses.children[0]!);
    return { _type: 'DictComp', key: build<ast.expr>(key), value: build<ast.expr>(value), generators, ...pos(this) } satisfies ast.DictComp;
  },
  BraceAtom_setComp(_open, elt, clauses, _close) {
    const { elt: e, generators } = comprehension(elt, clauses);
    return { _type: 'SetComp', elt: e, generators, ...pos(this) } satisfies ast.SetComp;
  },
  BraceAtom_dict(_open, first, _commas, rest, _comma, _close) {
    const keys: (ast.expr | null)[] = [], values: ast.expr[] = [];
    for (const [k, v] of listItems<[ast.expr | null, ast.expr]>(first, rest)) { keys.push(k); values.push(v); }
    return { _type: 'Dict', keys, values, ...pos(this) } satisfies ast.Dict;
  },
  BraceAtom_set(_open, items, _close) {
    return { _type: 'Set', elts: elements(items), ...pos(this) } satisfies ast.Set;
  },
  DictItem_dstar(_op, e) { return [null, build(e)]; },
  DictItem_pair(k, _colon, v) { return [build(k), build(v)]; },
  ForIfClauses(clauses) { return all(clauses); },
  ForIfClause(isAsync, _for, targets, _in, iter, ifs) {
    return {
      _type: 'comprehension', target: target(build<ast.expr>(targets), 'comprehension'), iter: disjunction(build<ast.expr>(iter)),
      ifs: all<ast.expr>(ifs), is_async: isAsync.children.length ? 1 : 0,
    } satisfies ast.comprehension;
  },
  CompIf(_kw, e) { return disjunction(build(e)); },
  StarTargets(first, _commas, rest, trailing) { return commaList(this, first, rest, trailing); },
  StarTarget_star(_star, t) { return starred(this, t); },

  ...patternActions({ pos, build, opt, listOf, stmtPos, numberConstant, fail: (node, msg) => ctx.failAt(node, msg) }),

  name(_start, _rest) { return ctx.identifier(this.sourceString); },
  NonemptyListOf(first, _seps, rest) { return [build(first), ...all(rest)]; },
  _iter(...children) { return children.map((c) => build(c)); },
};

type CallArgs = { args: ast.expr[]; keywords: ast.keyword[] };

function walrus(self: Cst, name: Cst, value: Cst): ast.NamedExpr {
  const t: ast.Name = { _type: 'Name', id: nameOf(name), ctx: STORE, ...pos(name) };
  return { _type: 'NamedExpr', target: t, value: build<ast.expr>(value), ...pos(self) };
}

/** Operand (binaryOp Operand)*: the flat operator chain, precedence restored by operators.ts. */
function operators(prefixes: Cst, primary: Cst, tails: Cst): ast.expr {
  if (tails.children.length === 0 && prefixes.children.length === 0) return build<ast.expr>(primary);
  const tokens: OpToken[] = [];
  const operand = (prefixes: Cst, primary: Cst): void => {
    for (const p of prefixes.children) {
      const op = p.sourceString.startsWith('not') ? 'not' : p.sourceString as '+' | '-' | '~';
      tokens.push({ kind: 'prefix', op, at: pos(p) });
    }
    tokens.push({ kind: 'operand', expr: build<ast.expr>(primary), span: pos(primary) });
  };
  operand(prefixes, primary);
  for (const t of tails.children) {
    const opNode = t.children[0]!;
    tokens.push({ kind: 'binary', op: opNode.sourceString.replace(/\s+/g, ' '), at: pos(opNode) });
    const [pre, prim] = t.children[1]!.children;
    operand(pre!, prim!);
  }
  return buildOperators(tokens, (at) => ctx.failAt(at, 'invalid syntax'));
}

function tryStmt(self: Cst, kind: 'Try' | 'TryStar', block: Cst, handlers: Cst, orelse: Cst, fin: Cst): ast.Try | ast.TryStar {
  const body = build<ast.stmt[]>(block);
  const h = all<ast.ExceptHandler>(handlers);
  const e = orelse.children[0] ? build<ast.stmt[]>(orelse.children[0]) : [];
  const f = fin.children[0] ? build<ast.stmt[]>(fin.children[0]) : [];
  return { _type: kind, body, handlers: h, orelse: e, finalbody: f, ...stmtPos(self) };
}

function arg(name: Cst, annotation: ast.expr | null): ast.arg {
  const p = annotation ? span(name, annotation) : pos(name);
  return { _type: 'arg', arg: nameOf(name), annotation, type_comment: null, ...p };
}

function starred(self: Cst, e: Cst): ast.Starred {
  return { _type: 'Starred', value: build<ast.expr>(e), ctx: LOAD, ...pos(self) };
}

function numberConstant(n: Cst): ast.Constant {
  return { _type: 'Constant', value: ctx.number(n.sourceString, n.startIdx), kind: null, ...pos(n) };
}

function constant(self: Cst, value: ast.Constant['value']): ast.Constant {
  return { _type: 'Constant', value, kind: null, ...pos(self) };
}

function comprehension(elt: Cst, clauses: Cst): { elt: ast.expr; generators: ast.comprehension[] } {
  return { elt: build<ast.expr>(elt), generators: build<ast.comprehension[]>(clauses) };
}

function genexp(self: Cst, elt: Cst, clauses: Cst): ast.GeneratorExp {
  const { elt: e, generators } = comprehension(elt, clauses);
  return { _type: 'GeneratorExp', elt: e, generators, ...pos(self) };
}

/** Whether a comma list made a Tuple: several items, or one with a trailing comma. */
function isCommaTuple(list: Cst): boolean {
  return list.children[2]!.children.length > 0 || list.children[3]!.children.length > 0;
}

/** The elements of a list/set display: a single item or a Tuple's items. */
function elements(items: Cst): ast.expr[] {
  const e = build<ast.expr>(items);
  return isCommaTuple(items) ? (e as ast.Tuple).elts : [e];
}

/**
 * A lambda parses as an atom (its body takes the rest of the expression), so
 * where CPython's grammar has a disjunction or a primary — a comprehension's
 * iterable and conditions, a conditional's test, await's operand — an
 * unparenthesized one is CPython's invalid syntax, reported at `lambda`.
 */
function disjunction(e: ast.expr): ast.expr {
  if (e._type === 'Lambda' && !ctx.isParenthesized(e)) ctx.failAt(e, 'invalid syntax');
  return e;
}

/** Nodes whose action would only build one child (see Shortcuts); each agrees with its action above. */
const noItems = (raw: RawNode): boolean => raw.children![2]!.children!.length === 0 && raw.children![3]!.children!.length === 0;
const noPrefixes = (operand: RawNode): boolean => operand.children![0]!.children!.length === 0;
const shortcuts: Shortcuts = {
  // prefixOp* primary (binaryOp Operand)* (&"if" CondTail)?: a primary alone.
  Expression: (raw) => (raw.children![0]!.children!.length === 0 && raw.children![2]!.children!.length === 0
    && raw.children![4]!.children!.length === 0 ? 1 : -1),
  // Operand (binaryOp Operand)*: one operand without prefix operators.
  OpExpr: (raw) => raw.children![1]!.children!.length === 0 && noPrefixes(raw.children![0]!) ? 0 : -1,
  // Only reached from OpExpr above, which checked it has no prefix operators.
  Operand: (raw) => (noPrefixes(raw) ? 1 : -1),
  Primary: (raw) => (raw.children![1]!.children!.length === 0 ? 0 : -1),
  // X ("," X)* ","?: one item and no comma.
  StarExpressions: (raw) => (noItems(raw) ? 0 : -1),
  StarNamedExpressions: (raw) => (noItems(raw) ? 0 : -1),
  StarTargets: (raw) => (noItems(raw) ? 0 : -1),
};

const walker = new Walker(actions, shortcuts);

let built: PythonGrammar | null = null;

/** The grammar, built (and given the faster matching) on first use: a program the hand-written parser takes never needs it. */
export function grammar(): PythonGrammar {
  if (built === null) {
    built = pythonGrammar();
    useFastMatching(built);
  }
  return built;
}

/** The AST of a successful match of `text` (the laid-out source). */
export function buildTree(match: MatchResult, text: string, context: ParseContext): ast.Module {
  ctx = context;
  return walker.root(match, text) as ast.Module;
}

