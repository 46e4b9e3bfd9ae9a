// Semantic actions for the match statement (PEP 634): patterns become
// MatchValue/MatchSingleton/MatchSequence/MatchMapping/MatchClass/MatchStar/
// MatchAs/MatchOr nodes, shaped as CPython's parser makes them.
import type { Cst } from './cst.js';
import type { Actions } from './cst.js';
import type * as ast from './ast-nodes.js';
import type { Pos } from './context.js';
import { LOAD } from './targets.js';
import { PyComplex } from './constants.js';

export interface CstHelpers {
  pos(n: Cst): Pos;
  build<T>(n: Cst): T;
  opt<T>(iter: Cst): T | null;
  listOf<T>(n: Cst): T[];
  stmtPos(n: Cst): Pos;
  fail(node: Pos, msg: string): never;
  /** A number token as a Constant node. */
  numberConstant(n: Cst): ast.Constant;
}

export function patternActions(h: CstHelpers): Actions {
  const { pos, build, opt, listOf } = h;
  const nameNode = (n: Cst): ast.Name => ({ _type: 'Name', id: build<string>(n), ctx: LOAD, ...pos(n) });
  /** `a.b.c` as nested Attribute loads. */
  const dotted = (first: Cst, rest: readonly Cst[]): ast.expr => {
    let e: ast.expr = nameNode(first);
    for (const n of rest) {
      const p = pos(n);
      e = { _type: 'Attribute', value: e, attr: build<string>(n), ctx: LOAD, lineno: e.lineno, col_offset: e.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset };
    }
    return e;
  };
  const sequence = (self: Cst, items: Cst): ast.MatchSequence =>
    ({ _type: 'MatchSequence', patterns: listOf<ast.pattern>(items), ...pos(self) });

  return {
    MatchStmt(_kw, subject, _colon, _nl, _indent, cases, _dedent) {
      return { _type: 'Match', subject: build<ast.expr>(subject), cases: cases.children.map((c) => build<ast.match_case>(c)), ...h.stmtPos(this) } satisfies ast.Match;
    },
    SubjectExpr_tuple(first, _comma, rest, _trailing) {
      return { _type: 'Tuple', elts: [build<ast.expr>(first), ...listOf<ast.expr>(rest)], ctx: LOAD, ...pos(this) } satisfies ast.Tuple;
    },
    CaseBlock(_kw, patterns, guard, _colon, block) {
      return { _type: 'match_case', pattern: build<ast.pattern>(patterns), guard: opt<ast.expr>(guard), body: build<ast.stmt[]>(block) } satisfies ast.match_case;
    },
    Guard(_kw, e) { return build(e); },
    Patterns_open(first, _comma, rest, _trailing) {
      return { _type: 'MatchSequence', patterns: [build<ast.pattern>(first), ...listOf<ast.pattern>(rest)], ...pos(this) } satisfies ast.MatchSequence;
    },
    Pattern(or, asName) {
      const p = build<ast.pattern>(or);
      const n = asName.children[0];
      if (!n) return p;
      const name = build<string>(n);
      if (name === '_') h.fail(pos(n.children[1]!), "cannot use '_' as a target");
      return { _type: 'MatchAs', pattern: p, name, ...pos(this) } satisfies ast.MatchAs;
    },
    OrPattern(list) {
      const patterns = listOf<ast.pattern>(list);
      if (patterns.length === 1) return patterns[0];
      return { _type: 'MatchOr', patterns, ...pos(this) } satisfies ast.MatchOr;
    },
    LiteralPattern_complex(real, op, imag) {
      const left = build<ast.expr>(real);
      const right = h.numberConstant(imag);
      if (!(right.value instanceof PyComplex)) h.fail(right, 'imaginary number required in complex literal');
      const real0 = left._type === 'UnaryOp' ? left.operand : left;
      if (real0._type === 'Constant' && real0.value instanceof PyComplex) h.fail(real0, 'real number required in complex literal');
      const value: ast.BinOp = { _type: 'BinOp', left, op: { _type: op.sourceString === '+' ? 'Add' : 'Sub' }, right, ...pos(this) };
      return { _type: 'MatchValue', value, ...pos(this) } satisfies ast.MatchValue;
    },
    LiteralPattern_number(n) { return { _type: 'MatchValue', value: build<ast.expr>(n), ...pos(this) } satisfies ast.MatchValue; },
    LiteralPattern_strings(s) { return { _type: 'MatchValue', value: build<ast.expr>(s), ...pos(this) } satisfies ast.MatchValue; },
    LiteralPattern_none(_kw) { return { _type: 'MatchSingleton', value: null, ...pos(this) } satisfies ast.MatchSingleton; },
    LiteralPattern_true(_kw) { return { _type: 'MatchSingleton', value: true, ...pos(this) } satisfies ast.MatchSingleton; },
    LiteralPattern_false(_kw) { return { _type: 'MatchSingleton', value: false, ...pos(this) } satisfies ast.MatchSingleton; },
    SignedNumber(minus, n) {
      const c = h.numberConstant(n);
      if (minus.children.length === 0) return c;
      return { _type: 'UnaryOp', op: { _type: 'USub' }, operand: c, ...pos(this) } satisfies ast.UnaryOp;
    },
    CapturePattern(name) {
      const id = build<string>(name);
      return { _type: 'MatchAs', pattern: null, name: id === '_' ? null : id, ...pos(this) } satisfies ast.MatchAs;
    },
    ValuePattern(first, _dots, rest) {
      return { _type: 'MatchValue', value: dotted(first, rest.children), ...pos(this) } satisfies ast.MatchValue;
    },
    GroupPattern(_open, p, _close) { return build(p); },
    SequencePattern_list(_open, items, _comma, _close) { return sequence(this, items); },
    SequencePattern_tuple(_open, items, _comma, _close) { return sequence(this, items); },
    MaybeStarPattern_star(_star, name) {
      const id = build<string>(name);
      return { _type: 'MatchStar', name: id === '_' ? null : id, ...pos(this) } satisfies ast.MatchStar;
    },
    MappingPattern(_open, items, _comma, _close) {
      const keys: ast.expr[] = [], patterns: ast.pattern[] = [];
      let rest: string | null = null;
      for (const item of listOf<{ rest: string } | { key: ast.expr; pattern: ast.pattern }>(items)) {
        if ('rest' in item) rest = item.rest;
        else { keys.push(item.key); patterns.push(item.pattern); }
      }
      return { _type: 'MatchMapping', keys, patterns, rest, ...pos(this) } satisfies ast.MatchMapping;
    },
    MappingItem_rest(_stars, name) { return { rest: build<string>(name) }; },
    MappingItem_key(key, _colon, pattern) {
      const k = build<ast.MatchValue | ast.MatchSingleton>(key);
      const expr: ast.expr = k._type === 'MatchValue' ? k.value : { _type: 'Constant', value: k.value, kind: null, lineno: k.lineno, col_offset: k.col_offset, end_lineno: k.end_lineno, end_col_offset: k.end_col_offset };
      return { key: expr, pattern: build<ast.pattern>(pattern) };
    },
    ClassPattern(first, _dots, rest, _open, args, _comma, _close) {
      const patterns: ast.pattern[] = [], kwd_attrs: string[] = [], kwd_patterns: ast.pattern[] = [];
      for (const a of listOf<{ kw: string; pattern: ast.pattern } | { pattern: ast.pattern }>(args)) {
        if ('kw' in a) { kwd_attrs.push(a.kw); kwd_patterns.push(a.pattern); }
        else {
          if (kwd_attrs.length) h.fail(a.pattern, 'positional patterns follow keyword patterns');
          patterns.push(a.pattern);
        }
      }
      return { _type: 'MatchClass', cls: dotted(first, rest.children), patterns, kwd_attrs, kwd_patterns, ...pos(this) } satisfies ast.MatchClass;
    },
    ClassArg_keyword(name, _eq, p) { return { kw: build<string>(name), pattern: build<ast.pattern>(p) }; },
    ClassArg_positional(p) { return { pattern: build<ast.pattern>(p) }; },
  };
}
