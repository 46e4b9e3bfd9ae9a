// The fast parser's string literals: adjacent plain strings and f-strings
// (PEP 701), scanned as the grammar's `string` and `fstring` rules read them,
// then built by fstrings.ts like the grammar's. A replacement field's
// expression comes from the expression parser (fieldValue); the layout pass
// has already blanked newlines and comments inside a multi-line field. Anything
// unusual (a lone `}`, a bad conversion, a newline in a one-line string) goes
// to the grammar.
import type * as ast from './ast-nodes.js';
import { buildStrings, type FField, type FPart, type FStringToken, type StringToken } from './fstrings.js';
import { bail, CLOSE_BRACE, COLON, DQUOTE, EQUALS, FastScanner, isLetter, NEWLINE, OPEN_BRACE, PLAIN_PREFIXES, QUOTE } from './fast-scan.js';

const BACKSLASH = 92, BANG = 33;
const F_PREFIXES = new Set(['f', 'fr', 'rf']);
const CONVERSION_NAMES = new Set(['r', 's', 'a']);

/** The quote that ends the literal being read: its code unit and whether it is tripled. */
interface Quote { readonly q: number; readonly triple: boolean; readonly raw: boolean }

export abstract class FastStringParser extends FastScanner {
  /** A replacement field's expression (the grammar's FieldExpr without its `=`). */
  protected abstract fieldValue(): ast.expr;

  /** Adjacent string literals, at the first one's prefix or quote. */
  protected strings(): ast.expr {
    const t = this.t, start = this.i;
    const parts: (StringToken | FStringToken)[] = [];
    for (;;) {
      const s = this.i;
      let j = s;
      while (isLetter(t.charCodeAt(j))) j++;
      const prefix = t.slice(s, j).toLowerCase();
      const q = t.charCodeAt(j);
      const triple = t.charCodeAt(j + 1) === q && t.charCodeAt(j + 2) === q;
      const quote: Quote = { q, triple, raw: prefix.includes('r') };
      const width = triple ? 3 : 1;
      if (F_PREFIXES.has(prefix)) {
        this.i = j + width;
        const fparts = this.fstringParts(quote);
        this.take(width);
        parts.push({ ctorName: 'fstring', sourceString: t.slice(s, this.i), startIdx: s, endIdx: this.i, parts: fparts });
      } else {
        if (!PLAIN_PREFIXES.has(prefix)) bail();
        const k = this.stringEnd(j + width, quote) + width;
        parts.push({ ctorName: 'string', sourceString: t.slice(s, k), startIdx: s, endIdx: k });
        this.take(k - s);
      }
      const c = this.peek();
      if (c === QUOTE || c === DQUOTE) continue;
      if (!isLetter(c)) break;
      let e = this.i;
      while (isLetter(t.charCodeAt(e))) e++;
      const d = t.charCodeAt(e);
      if (d !== QUOTE && d !== DQUOTE) break;
    }
    return buildStrings(parts, this.pos(start, this.end), this.ctx);
  }

  private closesAt(k: number, { q, triple }: Quote): boolean {
    const t = this.t;
    return t.charCodeAt(k) === q && (!triple || (t.charCodeAt(k + 1) === q && t.charCodeAt(k + 2) === q));
  }

  /** Where a plain string's body starting at `k` ends (at its closing quote). */
  private stringEnd(k: number, quote: Quote): number {
    const t = this.t;
    for (;;) {
      const ch = t.charCodeAt(k);
      if (ch === BACKSLASH) k += 2;
      else if (this.closesAt(k, quote)) return k;
      else if (Number.isNaN(ch) || (ch === NEWLINE && !quote.triple)) bail();
      else k++;
    }
  }

  /** An f-string's literal runs and fields, up to its closing quote (not consumed). */
  private fstringParts(quote: Quote): FPart[] {
    const t = this.t;
    const parts: FPart[] = [];
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (this.closesAt(this.i, quote)) return parts;
      if (c === OPEN_BRACE && t.charCodeAt(this.i + 1) !== OPEN_BRACE) {
        parts.push(this.field(quote));
        continue;
      }
      parts.push(this.literalRun(quote, false));
    }
  }

  /**
   * A run of literal characters: `{{` and `}}` (outside a spec), escapes
   * (`\N{...}` whole unless raw; a backslash before a brace is a character
   * of its own), anything but the closing quote and a brace.
   */
  private literalRun(quote: Quote, inSpec: boolean): FPart {
    const t = this.t, start = this.i;
    let k = start;
    for (;;) {
      const ch = t.charCodeAt(k);
      if (Number.isNaN(ch) || this.closesAt(k, quote)) break;
      if (ch === OPEN_BRACE || ch === CLOSE_BRACE) {
        if (inSpec) break;
        if (t.charCodeAt(k + 1) !== ch) {
          if (ch === CLOSE_BRACE) bail();  // a lone `}`: the grammar's error
          break;
        }
        k += 2;
      } else if (ch === BACKSLASH) {
        const next = t.charCodeAt(k + 1);
        if (!quote.raw && next === 78 /* N */ && t.charCodeAt(k + 2) === OPEN_BRACE) {
          const close = t.indexOf('}', k + 3);
          if (close < 0) bail();
          k = close + 1;
        } else {
          k += next === OPEN_BRACE || next === CLOSE_BRACE ? 1 : 2;
        }
      } else if (ch === NEWLINE && !quote.triple) {
        bail();
      } else {
        k++;
      }
    }
    if (k === start) bail();
    this.i = k;
    return { kind: 'literal', source: t.slice(start, k), start, end: k };
  }

  /** `{` expression `=`? `!conversion`? `:spec`? `}` */
  private field(quote: Quote): FField {
    const t = this.t, start = this.i;
    this.i++;
    this.peek();
    const value = this.fieldValue();
    let debug = false;
    if (this.peek() === EQUALS) {
      this.i++;
      debug = true;
    }
    let c = this.peek();
    let conversion: FField['conversion'] = null;
    if (c === BANG) {
      const nameStart = this.i + 1;
      let e = nameStart;
      while (isLetter(t.charCodeAt(e))) e++;
      const name = t.slice(nameStart, e);
      if (!CONVERSION_NAMES.has(name)) bail();
      conversion = { start: this.i, name, nameStart };
      this.i = e;
      c = this.peek();
    }
    let spec: FField['spec'] = null;
    if (c === COLON) {
      const specStart = this.i;
      this.i++;
      const parts: FPart[] = [];
      for (;;) {
        const d = t.charCodeAt(this.i);
        if (d === OPEN_BRACE) parts.push(this.field(quote));
        else if (d === CLOSE_BRACE || Number.isNaN(d) || this.closesAt(this.i, quote)) break;
        else parts.push(this.literalRun(quote, true));
      }
      spec = { start: specStart, end: this.i, parts: () => parts };
      c = this.peek();
    }
    if (c !== CLOSE_BRACE) bail();
    this.i++;
    return { kind: 'field', start, end: this.i, value: () => value, debug, conversion, spec };
  }
}
