// Assignment, deletion and for-targets are parsed as expressions; this turns
// them into targets (ctx Store/Del) or raises the SyntaxError CPython's
// `invalid_*` grammar rules give for what cannot be assigned to.
import type * as ast from './ast-nodes.js';

export const LOAD: ast.Load = Object.freeze({ _type: 'Load' });
export const STORE: ast.Store = Object.freeze({ _type: 'Store' });
export const DEL: ast.Del = Object.freeze({ _type: 'Del' });

/** A target that cannot be assigned to: the node to blame and CPython's message. */
export class InvalidTarget extends Error {
  constructor(readonly node: ast.expr, message: string) {
    super(message);
  }
}

/** What CPython calls an expression kind in "cannot assign to …" messages. */
export function describe(e: ast.expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'kind' in v && v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** 'assign' is a lone `t = v`; 'assign-chain' one of several targets in `a = b = v`. */
export type TargetKind = 'assign' | 'assign-chain' | 'del' | 'for' | 'with' | 'comprehension';

/** Marks `e` (and its elements) as a Store or Del target, or throws InvalidTarget. */
export function setContext(e: ast.expr, kind: TargetKind): void {
  const ctx = kind === 'del' ? DEL : STORE;
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      if (kind === 'del') throw new InvalidTarget(e, 'cannot delete starred');
      setContext(e.value, kind);
      e.ctx = ctx;
      return;
    case 'Tuple':
    case 'List':
      for (const elt of e.elts) setContext(elt, kind === 'assign' ? 'assign-chain' : kind);
      e.ctx = ctx;
      return;
    default: {
      const what = describe(e);
      if (kind === 'del') throw new InvalidTarget(e, `cannot delete ${what}`);
      // CPython's invalid_named_expression rule: `a = b` where `a` is a bitwise_or-level
      // expression that can't be assigned to suggests `==` (lambda, if-else, and/or, not do not).
      const hint = kind === 'assign' && ['Call', 'BinOp', 'UnaryOp', 'Constant', 'JoinedStr', 'Set', 'Dict', 'ListComp', 'SetComp', 'DictComp', 'Await'].includes(e._type)
        && !(e._type === 'UnaryOp' && e.op._type === 'Not')
        && !(e._type === 'Constant' && ['None', 'True', 'False', 'ellipsis'].includes(what))
        ? " here. Maybe you meant '==' instead of '='?" : '';
      if (e._type === 'Yield' || e._type === 'YieldFrom') {
        throw new InvalidTarget(e, 'assignment to yield expression not possible');
      }
      throw new InvalidTarget(e, `cannot assign to ${what}${hint}`);
    }
  }
}

/** The first sub-expression of a would-be target that cannot be one (CPython blames the innermost). */
export function invalidTargetOf(e: ast.expr): ast.expr | null {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Starred': return invalidTargetOf(e.value);
    case 'Tuple': case 'List':
      for (const elt of e.elts) {
        const bad = invalidTargetOf(elt);
        if (bad) return bad;
      }
      return null;
    default: return e;
  }
}
