// A fast path for the expressions batch tasks evaluate: a call of a name with
// literal arguments, `f('abc', [1, 2], k=(3, -4.5))`. Datasets run one function
// on many such inputs, and the ohm parse of each took about as long as running
// the function. This reads that one shape directly and builds the tree the
// full parser would (same nodes, same positions: spec/parser/literal-call.test.ts
// compares the two); anything else, or anything doubtful (non-ASCII text,
// escapes, newlines, comments, implicit string concatenation, a keyword used
// as a name), gives null and the caller parses as usual, errors included.
import type * as ast from './ast-nodes.js';
import { LOAD } from './targets.js';
import { parseNumber } from './literals.js';

/** Python's hard keywords: not callable names, not keyword-argument names. */
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Thrown inside the reader when the text is not the shape it reads; parseLiteralCall returns null. */
class NotLiteral extends Error {}
const NOT_LITERAL = new NotLiteral();

/** A value read: its node, and where its text ends (past closing parentheses around it). */
interface Read { node: ast.expr; end: number }

/**
 * The tree of `text` as an expression starting at column 0 of line `lineno`,
 * when it is a call of a name with literal arguments; null otherwise.
 */
export function parseLiteralCall(text: string, lineno: number): ast.Call | null {
  // Printable ASCII only: columns are then UTF-8 byte offsets, and there are no tabs, newlines or escapes.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x5c /* \ */ || c === 0x23 /* # */) return null;
  }
  try {
    const reader = new Reader(text, lineno);
    const call = reader.call();
    if (reader.skipSpaces(reader.at) !== text.length) return null;
    return call;
  } catch (e) {
    if (e === NOT_LITERAL) return null;
    throw e;
  }
}

class Reader {
  at = 0;

  constructor(private readonly s: string, private readonly lineno: number) {}

  skipSpaces(i: number): number {
    while (i < this.s.length && this.s.charCodeAt(i) === 0x20) i++;
    return i;
  }

  private pos(start: number, end: number): ast.Located {
    return { lineno: this.lineno, col_offset: start, end_lineno: this.lineno, end_col_offset: end };
  }

  /** The next non-space character (moving past the spaces), or '' at the end. */
  private peek(): string {
    this.at = this.skipSpaces(this.at);
    return this.s[this.at] ?? '';
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw NOT_LITERAL;
    this.at++;
  }

  private name(): { id: string; start: number; end: number } {
    const start = this.skipSpaces(this.at);
    let i = start;
    if (!/[A-Za-z_]/.test(this.s[i] ?? '')) throw NOT_LITERAL;
    while (i < this.s.length && /[A-Za-z0-9_]/.test(this.s[i]!)) i++;
    this.at = i;
    return { id: this.s.slice(start, i), start, end: i };
  }

  call(): ast.Call {
    const fn = this.name();
    if (KEYWORDS.has(fn.id)) throw NOT_LITERAL;
    this.expect('(');
    const args: ast.expr[] = [];
    const keywords: ast.keyword[] = [];
    while (this.peek() !== ')') {
      const start = this.at;
      if (this.isKeywordArgument()) {
        const key = this.name();
        if (KEYWORDS.has(key.id) || keywords.some((k) => k.arg === key.id)) throw NOT_LITERAL;
        this.expect('=');
        const v = this.value();
        keywords.push({ _type: 'keyword', arg: key.id, value: v.node, ...this.pos(start, v.end) });
      } else {
        // A positional argument after a keyword one is a SyntaxError: the full parser reports it.
        if (keywords.length > 0) throw NOT_LITERAL;
        args.push(this.value().node);
      }
      if (this.peek() === ',') this.at++;
      else if (this.peek() !== ')') throw NOT_LITERAL;
    }
    this.at++;
    const func: ast.Name = { _type: 'Name', id: fn.id, ctx: LOAD, ...this.pos(fn.start, fn.end) };
    return { _type: 'Call', func, args, keywords, ...this.pos(fn.start, this.at) };
  }

  /** `name =` (not `==`) ahead. */
  private isKeywordArgument(): boolean {
    const m = /^[A-Za-z_][A-Za-z0-9_]* *=(?!=)/.exec(this.s.slice(this.at));
    return m !== null;
  }

  /** One literal value; parentheses around it are read as Python does (a tuple needs a comma). */
  private value(): Read {
    const ch = this.peek();
    const start = this.at;
    if (ch === '(') return this.parenthesized(start);
    if (ch === '[') {
      this.at++;
      const elts = this.items(']');
      return { node: { _type: 'List', elts, ctx: LOAD, ...this.pos(start, this.at) }, end: this.at };
    }
    if (ch === '{') return this.braces(start);
    if (ch === '"' || ch === "'") return this.string(start, ch);
    if (ch === '-') {
      this.at++;
      const operand = this.value();
      // Only a number: `-(1)` or `-[...]` are for the full parser.
      if (operand.node._type !== 'Constant' || operand.end !== operand.node.end_col_offset) throw NOT_LITERAL;
      const node: ast.UnaryOp = { _type: 'UnaryOp', op: { _type: 'USub' }, operand: operand.node, ...this.pos(start, operand.end) };
      return { node, end: operand.end };
    }
    if (/[0-9.]/.test(ch)) return this.number(start);
    const word = this.name();
    const value = word.id === 'True' ? true : word.id === 'False' ? false : word.id === 'None' ? null : undefined;
    if (value === undefined) throw NOT_LITERAL;
    return { node: { _type: 'Constant', value, kind: null, ...this.pos(word.start, word.end) }, end: word.end };
  }

  /** Values separated by commas up to `close` (a trailing comma allowed); moves past `close`. */
  private items(close: string): ast.expr[] {
    const out: ast.expr[] = [];
    while (this.peek() !== close) {
      out.push(this.value().node);
      if (this.peek() === ',') this.at++;
      else if (this.peek() !== close) throw NOT_LITERAL;
    }
    this.at++;
    return out;
  }

  private parenthesized(start: number): Read {
    this.at++;
    if (this.peek() === ')') {
      this.at++;
      return { node: { _type: 'Tuple', elts: [], ctx: LOAD, ...this.pos(start, this.at) }, end: this.at };
    }
    const first = this.value();
    if (this.peek() === ')') {
      this.at++;
      return { node: first.node, end: this.at };
    }
    this.expect(',');
    const elts = [first.node, ...this.items(')')];
    return { node: { _type: 'Tuple', elts, ctx: LOAD, ...this.pos(start, this.at) }, end: this.at };
  }

  private braces(start: number): Read {
    this.at++;
    if (this.peek() === '}') {
      this.at++;
      return { node: { _type: 'Dict', keys: [], values: [], ...this.pos(start, this.at) }, end: this.at };
    }
    const first = this.value().node;
    if (this.peek() !== ':') {
      const elts = [first];
      if (this.peek() === ',') {
        this.at++;
        elts.push(...this.items('}'));
      } else this.expect('}');
      return { node: { _type: 'Set', elts, ...this.pos(start, this.at) }, end: this.at };
    }
    const keys: ast.expr[] = [first];
    const values: ast.expr[] = [];
    for (;;) {
      this.expect(':');
      values.push(this.value().node);
      if (this.peek() === '}') break;
      this.expect(',');
      if (this.peek() === '}') break;
      keys.push(this.value().node);
    }
    this.at++;
    return { node: { _type: 'Dict', keys, values, ...this.pos(start, this.at) }, end: this.at };
  }

  private string(start: number, quote: string): Read {
    const close = this.s.indexOf(quote, start + 1);
    if (close < 0) throw NOT_LITERAL;
    this.at = close + 1;
    // 'a' 'b' is one concatenated constant: the full parser handles it.
    const next = this.peek();
    if (next === '"' || next === "'") throw NOT_LITERAL;
    const value = this.s.slice(start + 1, close);
    return { node: { _type: 'Constant', value, kind: null, ...this.pos(start, close + 1) }, end: close + 1 };
  }

  private number(start: number): Read {
    const m = /^(?:(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+|0|[1-9][0-9]*)/.exec(this.s.slice(start));
    if (m === null) throw NOT_LITERAL;
    const end = start + m[0].length;
    // `1if`, `0x1`, `1_0`, `1j`, `01`, `1..`: the full parser decides.
    if (/[A-Za-z0-9_.]/.test(this.s[end] ?? '')) throw NOT_LITERAL;
    this.at = end;
    const value = parseNumber(m[0]);
    return { node: { _type: 'Constant', value, kind: null, ...this.pos(start, end) }, end };
  }
}
