// Operator tokens → AST operator nodes, and precedence climbing for the flat
// binary-operator rule of the grammar (all levels from `|` down to `*`).
import type * as ast from './ast-nodes.js';
import { located, type Pos } from './context.js';

const BINARY: Readonly<Record<string, { op: ast.operator['_type']; prec: number }>> = {
  '|': { op: 'BitOr', prec: 1 },
  '^': { op: 'BitXor', prec: 2 },
  '&': { op: 'BitAnd', prec: 3 },
  '<<': { op: 'LShift', prec: 4 },
  '>>': { op: 'RShift', prec: 4 },
  '+': { op: 'Add', prec: 5 },
  '-': { op: 'Sub', prec: 5 },
  '*': { op: 'Mult', prec: 6 },
  '/': { op: 'Div', prec: 6 },
  '//': { op: 'FloorDiv', prec: 6 },
  '%': { op: 'Mod', prec: 6 },
  '@': { op: 'MatMult', prec: 6 },
};

const AUG: Readonly<Record<string, ast.operator['_type']>> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export function augOp(token: string): ast.operator {
  return { _type: AUG[token]! } as ast.operator;
}

export function compareOp(token: string): ast.cmpop {
  const t = token.replace(/\s+/g, ' ');
  const kind: ast.cmpop['_type'] =
    t === '==' ? 'Eq' : t === '!=' ? 'NotEq' : t === '<' ? 'Lt' : t === '<=' ? 'LtE' : t === '>' ? 'Gt'
      : t === '>=' ? 'GtE' : t === 'in' ? 'In' : t === 'is' ? 'Is' : t.startsWith('not') ? 'NotIn' : 'IsNot';
  return { _type: kind } as ast.cmpop;
}

/** One token of the flat operator rule: a prefix operator, an operand, or a binary operator. */
export type OpToken =
  | { kind: 'prefix'; op: 'not' | '+' | '-' | '~'; at: Pos }
  | { kind: 'operand'; expr: ast.expr; span: Pos }
  | { kind: 'binary'; op: string; at: Pos };

const COMPARE = 4;
const PREC: Readonly<Record<string, number>> = {
  or: 1, and: 2, '==': COMPARE, '!=': COMPARE, '<': COMPARE, '<=': COMPARE, '>': COMPARE, '>=': COMPARE,
  in: COMPARE, 'not in': COMPARE, is: COMPARE, 'is not': COMPARE, '**': 12,
  ...Object.fromEntries(Object.entries(BINARY).map(([k, v]) => [k, v.prec + 4])),
};
/** `not x` binds looser than comparisons; unary + - ~ tighter than * but looser than **. */
const NOT_OPERAND = 3, UNARY_OPERAND = 11;

function join(a: Pos, b: Pos): Pos {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}

/**
 * Precedence climbing over the flat token list of an operator expression,
 * giving CPython's tree: BoolOp lists, chained Compare, right-assoc `**`,
 * and spans that include an operand's own parentheses. Throws `misplaced`
 * for a `not` where only a higher-precedence operand may stand (`a + not b`).
 */
export function buildOperators(tokens: readonly OpToken[], misplaced: (at: Pos) => never): ast.expr {
  let i = 0;
  const peekBinary = (): { op: string; prec: number } | null => {
    const t = tokens[i];
    return t && t.kind === 'binary' ? { op: t.op, prec: PREC[t.op]! } : null;
  };
  const unary = (minPrec: number): [ast.expr, Pos] => {
    const t = tokens[i++]!;
    if (t.kind === 'operand') {
      // A bare lambda takes everything after it; as an operand it is CPython's invalid syntax.
      if (t.expr._type === 'Lambda' && t.span.col_offset === t.expr.col_offset && t.span.lineno === t.expr.lineno && tokens.length > 1) misplaced(t.span);
      return [t.expr, t.span];
    }
    if (t.kind === 'binary') return misplaced(t.at);
    if (t.op === 'not') {
      if (minPrec > NOT_OPERAND) misplaced(t.at);
      const [operand, span] = climb(NOT_OPERAND);
      const p = join(t.at, span);
      return [located({ _type: 'UnaryOp', op: { _type: 'Not' }, operand }, p), p];
    }
    const [operand, span] = climb(UNARY_OPERAND);
    const p = join(t.at, span);
    const op = t.op === '+' ? 'UAdd' : t.op === '-' ? 'USub' : 'Invert';
    return [located({ _type: 'UnaryOp', op: { _type: op }, operand }, p), p];
  };
  const climb = (minPrec: number): [ast.expr, Pos] => {
    let [left, leftSpan] = unary(minPrec);
    for (let next = peekBinary(); next && next.prec >= minPrec; next = peekBinary()) {
      if (next.op === 'or' || next.op === 'and') {
        const values = [left];
        let end = leftSpan;
        while (peekBinary()?.op === next.op) {
          i++;
          const [v, s] = climb(next.prec + 1);
          values.push(v);
          end = s;
        }
        leftSpan = join(leftSpan, end);
        left = located({ _type: 'BoolOp', op: { _type: next.op === 'or' ? 'Or' : 'And' }, values }, leftSpan);
      } else if (next.prec === COMPARE) {
        const ops: ast.cmpop[] = [], comparators: ast.expr[] = [];
        let end = leftSpan;
        while (peekBinary()?.prec === COMPARE) {
          ops.push(compareOp(peekBinary()!.op));
          i++;
          const [v, s] = climb(COMPARE + 1);
          comparators.push(v);
          end = s;
        }
        leftSpan = join(leftSpan, end);
        left = located({ _type: 'Compare', left, ops, comparators }, leftSpan);
      } else {
        i++;
        // `**` is right-associative and its right side is a unary-level factor (`2 ** -1`).
        const [right, rightSpan] = next.op === '**' ? climb(UNARY_OPERAND) : climb(next.prec + 1);
        leftSpan = join(leftSpan, rightSpan);
        const op = next.op === '**' ? 'Pow' : BINARY[next.op]!.op;
        left = located({ _type: 'BinOp', left, op: { _type: op } as ast.operator, right }, leftSpan);
      }
    }
    return [left, leftSpan];
  };
  const [result] = climb(1);
  if (i < tokens.length) misplaced((tokens[i] as { at?: Pos; span?: Pos }).at ?? (tokens[i] as { span: Pos }).span);
  return result;
}
