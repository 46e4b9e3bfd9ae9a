// Per-parse state the semantic actions share: the source map for positions,
// which expressions were parenthesized, and turning failures into SyntaxErrors.
import { SourceMap } from './positions.js';
import { PySyntaxError, type SyntaxErrorType } from './syntax-error.js';
import { parseNumber, LiteralError } from './literals.js';
import type { PyComplex } from './constants.js';

export interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/**
 * `node` with the position fields of `p` added, in Pos's order: what
 * `{ ...node, ...p }` makes, without object spread, which V8 copies through
 * a generic path (~6× the cost of four stores; the parser makes a node per
 * few characters).
 */
export function located<T extends { _type: string }>(node: T, p: Pos): T & Pos {
  const n = node as T & Pos;
  n.lineno = p.lineno;
  n.col_offset = p.col_offset;
  n.end_lineno = p.end_lineno;
  n.end_col_offset = p.end_col_offset;
  return n;
}

export class ParseContext {
  // A Set, not a WeakSet: it dies with the parse, and a WeakSet's entries cost GC bookkeeping.
  private readonly parens = new Set<object>();

  /** SyntaxWarnings found while building the tree (invalid escapes), in source order. */
  readonly warnings: { lineno: number; msg: string; offset: number }[] = [];

  constructor(readonly map: SourceMap, readonly filename: string, private readonly text: string) {}

  /** Records a SyntaxWarning for the token at laid-out offset `laidOut` (reported at its line, as CPython does). */
  warn(laidOut: number, msg: string): void {
    const offset = this.map.original(laidOut);
    this.warnings.push({ lineno: this.map.lineChar(offset).line, msg, offset });
  }

  /** The laid-out text's character at `at`. */
  laidChar(at: number): string {
    return this.text.charAt(at);
  }

  /** Whether the layout pass turned the character at laid-out offset `at` into a space. */
  isBlanked(at: number): boolean {
    return this.text[at] === ' ';
  }

  /** The laid-out offset of the first `char` at or after `from` (the end of the text when there is none). */
  nextChar(from: number, char: string): number {
    const i = this.text.indexOf(char, from);
    return i < 0 ? this.text.length : i;
  }

  /** The laid-out offset just past the last token before `end` (skipping spaces, newlines, markers). */
  lastTokenEnd(end: number): number {
    const t = this.text;
    while (end > 0) {
      const c = t.charCodeAt(end - 1);
      if (c === 32 || c === 10 || c === 9 || c === 12 || c === 1 || c === 2) end--;
      else break;
    }
    return end;
  }

  pos(start: number, end: number): Pos {
    const s = this.map.original(start), e = this.map.original(end);
    const a = this.map.lineCol(s), b = this.map.lineCol(e);
    return { lineno: a.line, col_offset: a.col, end_lineno: b.line, end_col_offset: b.col };
  }

  parenthesized<T extends object>(node: T): T {
    this.parens.add(node);
    return node;
  }

  isParenthesized(node: object): boolean {
    return this.parens.has(node);
  }

  identifier(text: string): string {
    // CPython normalizes non-ASCII identifiers to NFKC (PEP 3131).
    return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
  }

  number(text: string, laidOut: number): bigint | number | PyComplex {
    try {
      return parseNumber(text);
    } catch (err) {
      if (err instanceof LiteralError) this.failAtOffset(laidOut, err.msg);
      throw err;
    }
  }

  /** Raises a SyntaxError located at an AST node's start (1-based offsets in characters, as CPython). */
  failAt(node: Pos, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    const text = this.map.lineText(node.lineno);
    const offset = byteColToChar(text, node.col_offset) + 1;
    const endText = this.map.lineText(node.end_lineno);
    throw new PySyntaxError(type, msg, node.lineno, offset, text, this.filename, node.end_lineno, byteColToChar(endText, node.end_col_offset) + 1);
  }

  /** Raises a SyntaxError at a laid-out offset; with `width`, over that many characters (one token, as pegen's RAISE_SYNTAX_ERROR at the last token). */
  failAtOffset(laidOut: number, msg: string, type: SyntaxErrorType = 'SyntaxError', width = 0): never {
    const o = this.map.original(laidOut);
    const { line, char } = this.map.lineChar(o);
    throw new PySyntaxError(type, msg, line, char + 1, this.map.lineText(line), this.filename, line, char + 1 + width);
  }
}

/** Converts a UTF-8 byte column in `line` to a code-point column. */
export function byteColToChar(line: string, byteCol: number): number {
  let bytes = 0, chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars++;
  }
  return chars;
}
