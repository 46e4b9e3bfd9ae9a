// The fast parser's tokens (fast-parse.ts): reading the laid-out text
// (layout.ts) directly, where spaces are the grammar's `space`, `\n` ends a
// logical line and \x01/\x02 are INDENT/DEDENT markers. Everything it is not
// sure of throws BAIL, which gives the source to the ohm grammar.
import { ParseContext, type Pos } from './context.js';

/** Thrown to give the source to the ohm grammar. */
const BAIL = Symbol('bail');
export function bail(): never {
  throw BAIL;
}

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/** Keywords an expression can start with (the rest end one). */
export const EXPRESSION_KEYWORDS = new Set(['False', 'None', 'True', 'not', 'lambda', 'await']);
/** Prefixes of plain string literals (lowercased). */
export const PLAIN_PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb']);

export const RADIX_NUMBER = /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+/y;
export const DECIMAL_NUMBER = /(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?/y;
export const AUG_ASSIGN = /(?:\*\*|\/\/|<<|>>|[-+*/%@&|^])=/y;

export const SPACE = 32, TAB = 9, FORM_FEED = 12, NEWLINE = 10, INDENT = 1, DEDENT = 2;
export const QUOTE = 39, DQUOTE = 34, BANG = 33, STAR = 42, SLASH = 47, COMMA = 44, DOT = 46, COLON = 58;
export const SEMI = 59, EQUALS = 61, LT = 60, GT = 62, AT = 64, OPEN_PAREN = 40, CLOSE_PAREN = 41;
export const OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, CLOSE_BRACE = 125, MINUS = 45, PLUS = 43, TILDE = 126;

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** The grammar's idChar (any non-ASCII code unit included: such names go to the grammar). */
export function isIdChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c >= 0x80;
}

/** Offsets, tokens and positions, under the statement and expression parsers. */
export class FastScanner {
  /** Offset in the text. */
  protected i = 0;
  /** Where the last token consumed ends. */
  protected end = 0;
  /** Length of the operator binaryOp() found. */
  protected opLen = 0;

  constructor(protected readonly t: string, protected readonly ctx: ParseContext) {}

  // ---------------------------------------------------------------- tokens

  /** Skips spaces (the grammar's `space`: not newlines or markers); returns the code unit there (NaN at the end). */
  protected peek(): number {
    this.i = this.spacesEnd(this.i);
    return this.t.charCodeAt(this.i);
  }

  /** The offset past the spaces at `i` (without moving). */
  protected spacesEnd(i: number): number {
    const t = this.t;
    let c = t.charCodeAt(i);
    while (c === SPACE || c === TAB || c === FORM_FEED) c = t.charCodeAt(++i);
    return i;
  }

  protected next(): number {
    return this.t.charCodeAt(this.i + 1);
  }

  protected take(n: number): void {
    this.i += n;
    this.end = this.i;
  }

  protected expect(c: number): void {
    if (this.peek() !== c) bail();
    this.take(1);
  }

  /** Whether keyword `kw` stands at the current offset (spaces already skipped). */
  protected kwAt(kw: string): boolean {
    return this.t.startsWith(kw, this.i) && !isIdChar(this.t.charCodeAt(this.i + kw.length));
  }

  /** The end of the ASCII identifier starting at `i`. */
  protected identEnd(i: number): number {
    const t = this.t;
    let c = t.charCodeAt(i);
    while (isLetter(c) || isDigit(c)) c = t.charCodeAt(++i);
    if (c >= 0x80) bail();
    return i;
  }

  /** The word at the current offset (spaces skipped), or '' when no identifier starts there. */
  protected word(): string {
    return isLetter(this.peek()) ? this.t.slice(this.i, this.identEnd(this.i)) : '';
  }

  /** A name that is not a keyword, consumed. */
  protected name(): string {
    if (!isLetter(this.peek())) bail();
    const start = this.i, end = this.identEnd(start);
    const word = this.t.slice(start, end);
    if (KEYWORDS.has(word)) bail();
    this.take(end - start);
    return word;
  }

  protected pos(start: number, end: number): Pos {
    return this.ctx.pos(start, end);
  }

  /** A compound statement's span: to the last token of its block. */
  protected stmtPos(start: number): Pos {
    return this.ctx.pos(start, this.ctx.lastTokenEnd(this.i));
  }

  /** Whether an expression (or a starred item) can start here: decides whether a comma was a trailing one. */
  protected startsExpr(colon = false): boolean {
    const c = this.peek();
    if (isLetter(c)) {
      const w = this.t.slice(this.i, this.identEnd(this.i));
      return !KEYWORDS.has(w) || EXPRESSION_KEYWORDS.has(w);
    }
    return isDigit(c) || c === QUOTE || c === DQUOTE || c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE
      || c === MINUS || c === PLUS || c === TILDE || c === STAR || c === DOT || c >= 0x80 || (colon && c === COLON);
  }

  /** The binary operator at the current offset (spaces skipped) in the grammar's spelling, its length in opLen. */
  protected binaryOp(): string | null {
    const t = this.t, i = this.i, c = t.charCodeAt(i), d = t.charCodeAt(i + 1);
    switch (c) {
      case PLUS: case MINUS: case 37 /* % */: case AT: case 38 /* & */: case 124 /* | */: case 94 /* ^ */:
        if (d === EQUALS) return null;  // augmented assignment
        this.opLen = 1;
        return t[i]!;
      case STAR: case SLASH: case LT: case GT: {
        // Doubled (** // << >>) unless augmented, then <= >= (but not *= /=), then the character alone.
        const single = t[i]!;
        if (d === c) {
          if (t.charCodeAt(i + 2) === EQUALS) return null;
          this.opLen = 2;
          return single + single;
        }
        if (d === EQUALS) {
          if (c === STAR || c === SLASH) return null;
          this.opLen = 2;
          return `${single}=`;
        }
        this.opLen = 1;
        return single;
      }
      case EQUALS: case BANG:
        if (d !== EQUALS) return null;
        this.opLen = 2;
        return c === EQUALS ? '==' : '!=';
      case 111 /* o */:
        if (!this.kwAt('or')) return null;
        this.opLen = 2;
        return 'or';
      case 97 /* a */:
        if (!this.kwAt('and')) return null;
        this.opLen = 3;
        return 'and';
      case 105 /* i */: {
        if (this.kwAt('in')) {
          this.opLen = 2;
          return 'in';
        }
        if (!this.kwAt('is')) return null;
        const n = this.spacesThen(i + 2, 'not');
        this.opLen = n > 0 ? n - i : 2;
        return n > 0 ? 'is not' : 'is';
      }
      case 110 /* n */: {
        if (!this.kwAt('not')) return null;
        const n = this.spacesThen(i + 3, 'in');
        if (n < 0) return null;
        this.opLen = n - i;
        return 'not in';
      }
      default:
        return null;
    }
  }

  /** After at least one space from `i`, keyword `kw`: the offset past it, else -1 (`is not`, `not in`). */
  protected spacesThen(i: number, kw: string): number {
    const t = this.t, j = this.spacesEnd(i);
    if (j === i || !t.startsWith(kw, j) || isIdChar(t.charCodeAt(j + kw.length))) return -1;
    return j + kw.length;
  }
}
