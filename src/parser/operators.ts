// Operator tokens → AST operator nodes, and precedence climbing for the flat
// binary-operator rule of the grammar (all levels from `|` down to `*`).
import type * as ast from './ast-nodes.js';
import type { Pos } from './context.js';

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

export function unaryOp(op: ast.unaryop['_type']): ast.unaryop {
  return { _type: op } as ast.unaryop;
}

export function compareOp(token: string): ast.cmpop {
  const t = token.replace(/\s+/g, ' ');
  const kind: ast.cmpop['_type'] =
    t === '==' ? 'Eq' : t === '!=' ? 'NotEq' : t === '<' ? 'Lt' : t === '<=' ? 'LtE' : t === '>' ? 'Gt'
      : t === '>=' ? 'GtE' : t === 'in' ? 'In' : t === 'is' ? 'Is' : t.startsWith('not') ? 'NotIn' : 'IsNot';
  return { _type: kind } as ast.cmpop;
}

/**
 * Left-associative precedence climbing over `operands[0] ops[0] operands[1] …`.
 * `spans` are the operands' source spans (parentheses included), which is
 * where CPython's BinOp nodes start and end.
 */
export function binaryChain(operands: ast.expr[], spans: Pos[], ops: string[]): ast.expr {
  let i = 0;
  const climb = (minPrec: number): [ast.expr, Pos] => {
    let left = operands[i]!, leftSpan = spans[i]!;
    while (i < ops.length) {
      const info = BINARY[ops[i]!]!;
      if (info.prec < minPrec) break;
      i++;
      const [right, rightSpan] = climb(info.prec + 1);
      leftSpan = { lineno: leftSpan.lineno, col_offset: leftSpan.col_offset, end_lineno: rightSpan.end_lineno, end_col_offset: rightSpan.end_col_offset };
      left = { _type: 'BinOp', left, op: { _type: info.op } as ast.operator, right, ...leftSpan };
    }
    return [left, leftSpan];
  };
  return climb(1)[0];
}
