// The AST optimizer's rewrite of `"..." % (a, b)` into an f-string
// (ast_opt.c optimize_format), as CPython 3.12 does it: only when every
// conversion is a plain %s, %r or %a (with an optional `-` flag, width and
// precision of at most two digits each) and the tuple has exactly one item
// per conversion and no starred item. Anything else is left to run time.
import type * as ast from '../parser/ast-nodes.js';

const MAX_DIGITS = 3;
const CONVERSIONS: Readonly<Record<string, number>> = { s: 115, r: 114, a: 97 };

/** A node with CPython's "no position" (-1) everywhere: such constants take the line of what precedes them. */
function literal(value: string): ast.Constant {
  return { _type: 'Constant', value, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

/** The f-string `fmt % (elts)` means, or null when CPython would not rewrite it. */
export function formatAsJoinedStr(node: ast.BinOp, fmt: string, elts: readonly ast.expr[]): ast.JoinedStr | null {
  if (elts.some((e) => e._type === 'Starred')) return null;
  const values: ast.expr[] = [];
  let pos = 0;
  let used = 0;
  for (;;) {
    const start = pos;
    let hasPercents = false;
    while (pos < fmt.length) {
      if (fmt[pos] !== '%') pos++;
      else if (fmt[pos + 1] === '%') { hasPercents = true; pos += 2; }
      else break;
    }
    if (pos > start) {
      const text = fmt.slice(start, pos);
      values.push(literal(hasPercents ? text.replaceAll('%%', '%') : text));
    }
    if (pos >= fmt.length) break;
    if (used >= elts.length) return null; // more conversions than items
    const field = parseConversion(fmt, pos + 1);
    if (!field) return null;
    pos = field.end;
    const arg = elts[used++]!;
    values.push({
      _type: 'FormattedValue', value: arg, conversion: field.conversion,
      format_spec: field.spec ? literal(field.spec) : null,
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
    });
  }
  if (used < elts.length) return null; // more items than conversions
  return { _type: 'JoinedStr', values, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

/** One `%[flags][width][.precision]type` after the `%` at `pos - 1` (simple_format_arg_parse + parse_format). */
function parseConversion(fmt: string, pos: number): { end: number; conversion: number; spec: string } | null {
  let leftJustify = false;
  let ch: string | undefined;
  const next = (): boolean => { if (pos >= fmt.length) return false; ch = fmt[pos++]; return true; };
  for (;;) {
    if (!next()) return null;
    if (ch === '-') leftJustify = true;
    else if (ch !== '+' && ch !== ' ' && ch !== '#' && ch !== '0') break;
  }
  const isDigit = (): boolean => ch !== undefined && ch >= '0' && ch <= '9';
  const digits = (): number | null => {
    let value = 0;
    for (let n = 0; isDigit();) {
      value = value * 10 + Number(ch);
      if (!next() || ++n >= MAX_DIGITS) return null;
    }
    return value;
  };
  let width = -1, precision = -1;
  if (isDigit()) {
    const w = digits();
    if (w === null) return null;
    width = w;
  }
  if (ch === '.') {
    if (!next()) return null;
    const p = digits();
    if (p === null) return null;
    precision = p;
  }
  const conversion = CONVERSIONS[ch!];
  if (conversion === undefined) return null;
  let spec = '';
  if (!leftJustify && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (precision >= 0) spec += `.${precision}`;
  return { end: pos, conversion, spec };
}
