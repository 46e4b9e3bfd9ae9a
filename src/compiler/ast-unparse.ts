// An expression back to source text, as CPython 3.12's Python/ast_unparse.c
// writes it (_PyAST_ExprAsUnicode): the compiler uses it for the string
// annotations of `from __future__ import annotations` (PEP 563), so every
// parenthesis, space and quote must be the ones CPython produces.
import type * as ast from '../parser/ast-nodes.js';
import { PyComplex, PyEllipsis, type PyConstant } from '../parser/constants.js';
import { constantRepr } from '../parser/dump.js';
import { strRepr } from '../runtime/str-repr.js';

/** ast_unparse.c's priority levels: an operand below its context's level gets parentheses. */
const PR = {
  TUPLE: 0, TEST: 1, OR: 2, AND: 3, NOT: 4, CMP: 5,
  EXPR: 6, BOR: 6, BXOR: 7, BAND: 8, SHIFT: 9, ARITH: 10, TERM: 11, FACTOR: 12, POWER: 13, AWAIT: 14, ATOM: 15,
} as const;

const BINOPS: Readonly<Record<ast.operator['_type'], readonly [string, number]>> = {
  Add: [' + ', PR.ARITH], Sub: [' - ', PR.ARITH], Mult: [' * ', PR.TERM], MatMult: [' @ ', PR.TERM],
  Div: [' / ', PR.TERM], Mod: [' % ', PR.TERM], LShift: [' << ', PR.SHIFT], RShift: [' >> ', PR.SHIFT],
  BitOr: [' | ', PR.BOR], BitXor: [' ^ ', PR.BXOR], BitAnd: [' & ', PR.BAND], FloorDiv: [' // ', PR.TERM],
  Pow: [' ** ', PR.POWER],
};

const UNARYOPS: Readonly<Record<ast.unaryop['_type'], readonly [string, number]>> = {
  Invert: ['~', PR.FACTOR], Not: ['not ', PR.NOT], UAdd: ['+', PR.FACTOR], USub: ['-', PR.FACTOR],
};

const CMPOPS: Readonly<Record<ast.cmpop['_type'], string>> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** `_PyAST_ExprAsUnicode`: the text of an annotation. */
export function exprAsString(e: ast.expr): string {
  return unparse(e, PR.TEST);
}

/** append_repr: repr(), with an infinite float written as 1e309 so it reads back. */
function constRepr(value: PyConstant): string {
  const repr = constantRepr(value);
  return typeof value === 'number' || value instanceof PyComplex ? repr.replaceAll('inf', '1e309') : repr;
}

function paren(cond: boolean, text: string): string {
  return cond ? `(${text})` : text;
}

function unparseArg(a: ast.arg): string {
  return a.annotation ? `${a.arg}: ${unparse(a.annotation, PR.TEST)}` : a.arg;
}

/** append_ast_args: a lambda's parameter list. */
function unparseArgs(args: ast.arguments_): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  positional.forEach((a, i) => {
    let text = unparseArg(a);
    if (i >= firstDefault) text += `=${unparse(args.defaults[i - firstDefault]!, PR.TEST)}`;
    if (args.posonlyargs.length && i + 1 === args.posonlyargs.length) text += ', /';
    parts.push(text);
  });
  if (args.vararg || args.kwonlyargs.length) parts.push(args.vararg ? `*${unparseArg(args.vararg)}` : '*');
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    parts.push(d ? `${unparseArg(a)}=${unparse(d, PR.TEST)}` : unparseArg(a));
  });
  if (args.kwarg) parts.push(`**${unparseArg(args.kwarg)}`);
  return parts.join(', ');
}

function unparseComprehensions(gens: readonly ast.comprehension[]): string {
  return gens.map((g) => {
    const ifs = g.ifs.map((test) => ` if ${unparse(test, PR.TEST + 1)}`).join('');
    return `${g.is_async ? ' async for ' : ' for '}${unparse(g.target, PR.TUPLE)} in ${unparse(g.iter, PR.TEST + 1)}${ifs}`;
  }).join('');
}

function unparseCall(e: ast.Call): string {
  const func = unparse(e.func, PR.ATOM);
  const only = e.args[0];
  // A lone generator expression argument supplies the call's parentheses.
  if (e.args.length === 1 && e.keywords.length === 0 && only!._type === 'GeneratorExp') return func + unparse(only!, PR.TEST);
  const parts = e.args.map((a) => unparse(a, PR.TEST));
  for (const kw of e.keywords) parts.push(`${kw.arg === null ? '**' : `${kw.arg}=`}${unparse(kw.value, PR.TEST)}`);
  return `${func}(${parts.join(', ')})`;
}

// ---- f-strings ----------------------------------------------------------------

function escapeBraces(s: string): string {
  return s.replaceAll('{', '{{').replaceAll('}', '}}');
}

/** append_fstring_element: literal text, a nested f-string (a format spec) or a replacement field. */
function fstringElement(e: ast.expr, isFormatSpec: boolean): string {
  switch (e._type) {
    case 'Constant': return escapeBraces(e.value as string);
    case 'JoinedStr': return joinedStr(e, isFormatSpec);
    case 'FormattedValue': return formattedValue(e);
    default: throw new Error('SystemError: unknown expression kind inside f-string');
  }
}

/** The whole body is built first, then quoted once with repr (so quotes and escapes are repr's). */
function joinedStr(e: ast.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : `f${strRepr(body)}`;
}

function formattedValue(e: ast.FormattedValue): string {
  // PR_TEST + 1 parenthesizes a lambda, whose ':' would end the field.
  const value = unparse(e.value, PR.TEST + 1);
  // `{{` would be an escaped brace: a value starting with '{' is set off by a space.
  let text = value.startsWith('{') ? `{ ${value}` : `{${value}`;
  if (e.conversion > 0) {
    const conv = String.fromCharCode(e.conversion);
    if (conv !== 'a' && conv !== 'r' && conv !== 's') throw new Error('SystemError: unknown f-value conversion kind');
    text += `!${conv}`;
  }
  if (e.format_spec) text += `:${fstringElement(e.format_spec, true)}`;
  return `${text}}`;
}

// ---- expressions ----------------------------------------------------------------

function unparse(e: ast.expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const and = e.op._type === 'And';
      const op = and ? ' and ' : ' or ';
      const pr: number = and ? PR.AND : PR.OR;
      return paren(level > pr, e.values.map((v) => unparse(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op._type];
      const rassoc = e.op._type === 'Pow' ? 1 : 0;
      return paren(level > pr, unparse(e.left, pr + rassoc) + op + unparse(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op._type];
      return paren(level > pr, op + unparse(e.operand, pr));
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      const head = positional ? 'lambda ' : 'lambda';
      return paren(level > PR.TEST, `${head}${unparseArgs(e.args)}: ${unparse(e.body, PR.TEST)}`);
    }
    case 'IfExp':
      return paren(level > PR.TEST,
        `${unparse(e.body, PR.TEST + 1)} if ${unparse(e.test, PR.TEST + 1)} else ${unparse(e.orelse, PR.TEST)}`);
    case 'Dict': {
      const items = e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? `${unparse(k, PR.TEST)}: ${unparse(v, PR.TEST)}` : `**${unparse(v, PR.EXPR)}`;
      });
      return `{${items.join(', ')}}`;
    }
    case 'Set': return `{${e.elts.map((x) => unparse(x, PR.TEST)).join(', ')}}`;
    case 'GeneratorExp': return `(${unparse(e.elt, PR.TEST)}${unparseComprehensions(e.generators)})`;
    case 'ListComp': return `[${unparse(e.elt, PR.TEST)}${unparseComprehensions(e.generators)}]`;
    case 'SetComp': return `{${unparse(e.elt, PR.TEST)}${unparseComprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${unparse(e.key, PR.TEST)}: ${unparse(e.value, PR.TEST)}${unparseComprehensions(e.generators)}}`;
    case 'Yield': return e.value ? `(yield ${unparse(e.value, PR.TEST)})` : '(yield)';
    case 'YieldFrom': return `(yield from ${unparse(e.value, PR.TEST)})`;
    case 'Await': return paren(level > PR.AWAIT, `await ${unparse(e.value, PR.ATOM)}`);
    case 'Compare': {
      const rest = e.ops.map((op, i) => CMPOPS[op._type] + unparse(e.comparators[i]!, PR.CMP + 1)).join('');
      return paren(level > PR.CMP, unparse(e.left, PR.CMP + 1) + rest);
    }
    case 'Call': return unparseCall(e);
    // A `u'...'` literal keeps its kind prefix.
    case 'Constant': return e.value === PyEllipsis ? '...' : (e.kind ?? '') + constRepr(e.value);
    case 'JoinedStr': return joinedStr(e, false);
    case 'FormattedValue': return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      // `1.real` would lex as a float: an int gets a space before the dot.
      const period = v._type === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return unparse(v, PR.ATOM) + period + e.attr;
    }
    case 'Subscript': return `${unparse(e.value, PR.ATOM)}[${unparse(e.slice, PR.TUPLE)}]`;
    case 'Starred': return `*${unparse(e.value, PR.EXPR)}`;
    case 'Slice': {
      let text = e.lower ? unparse(e.lower, PR.TEST) : '';
      text += ':';
      if (e.upper) text += unparse(e.upper, PR.TEST);
      if (e.step) text += `:${unparse(e.step, PR.TEST)}`;
      return text;
    }
    case 'Name': return e.id;
    case 'List': return `[${e.elts.map((x) => unparse(x, PR.TEST)).join(', ')}]`;
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR.TUPLE, body);
    }
    case 'NamedExpr':
      return paren(level > PR.TUPLE, `${unparse(e.target, PR.ATOM)}:=${unparse(e.value, PR.ATOM)}`);
  }
}
