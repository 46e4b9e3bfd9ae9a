// The layout pass: what CPython's tokenizer decides about lines, done before
// ohm sees the text. It keeps `\n` only at logical line ends; turns comments,
// blank lines, continuation newlines, backslash-newlines and `\r` into spaces
// of the same length (so offsets stay 1:1); inserts INDENT (\x01) and DEDENT
// (\x02) markers before a line's first token and a final newline; copies
// string literals untouched (following PEP 701 f-string nesting); and raises
// the tokenizer's own errors (brackets, indentation, tabs, bad characters,
// unterminated strings) with CPython's messages.
import { PySyntaxError, type SyntaxErrorType } from './syntax-error.js';
import { SourceMap } from './positions.js';

export const INDENT = '\x01';
export const DEDENT = '\x02';

const MAX_INDENT_LEVELS = 100;
const MAX_PAREN_DEPTH = 200;
const TAB_SIZE = 8;

export interface Layout {
  text: string;
  map: SourceMap;
  /**
   * The innermost bracket still open at end of input. The tokenizer does not
   * fail on it by itself: CPython reports it instead of a parser error that
   * lies on a later line, or when the parser runs into the end of input.
   */
  unclosed: PySyntaxError | null;
  /**
   * The first tokenizer error, if any; `text` then stops where its token
   * starts (`at`), because CPython's parser may fail before it ever reads that
   * token, and which error wins depends on that (see parse.ts). `kind` says
   * whether CPython raises it at once ('token') or only when the parser reads
   * it ('indentation': TabError and the IndentationErrors of the tokenizer).
   */
  pending: { error: PySyntaxError; kind: 'token' | 'indentation'; at: number } | null;
  /** The tokenizer's SyntaxWarnings (a number run into a keyword: `1if x else 2`), in source order. */
  warnings: { lineno: number; msg: string; offset: number }[];
  /** Laid-out offsets where a number ends right before a name (`1if`): the parser's errors point at the name's start. */
  numberEnds: number[];
}

/** Stops the pass at the first tokenizer error. */
class LayoutStop {
  constructor(readonly error: PySyntaxError) {}
}

const OPENERS = '([{';
const CLOSERS = ')]}';
const PREFIX_CHARS = /^[rRbBuUfF]{1,2}$/;
const VALID_PREFIX = /^(?:[rR]|[uU]|[bB]|[fF]|[rR][bB]|[bB][rR]|[rR][fF]|[fF][rR])$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isIdentAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The tokenizer's is_potential_identifier_char: it reads UTF-8 bytes, so any non-ASCII character counts. */
function isIdentChar(c: number): boolean {
  return isIdentAscii(c) || c >= 0x80;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

/**
 * The character classes of non-ASCII names, made on first use: V8 builds a
 * property class when the regex is created (~3 ms for these three, at every
 * start), and most programs name everything in ASCII.
 */
let unicodeClasses: { xidStart: RegExp; xidContinue: RegExp; printable: RegExp } | null = null;

function unicodeNameClasses(): { xidStart: RegExp; xidContinue: RegExp; printable: RegExp } {
  return unicodeClasses ??= {
    xidStart: /^[\p{XID_Start}_]$/u,
    xidContinue: /^\p{XID_Continue}$/u,
    printable: /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u,
  };
}

interface Bracket { char: string; offset: number }

class LayoutPass {
  private readonly out: string[] = [];
  private outLen = 0;
  /** Where the run of copied characters not yet in `out` starts in the source (-1: none). */
  private copyFrom = -1;
  private readonly inserted: number[] = [];
  private pos = 0;
  private readonly brackets: Bracket[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly map: SourceMap;
  /** Laid-out offset where the current top-level token (or line) starts. */
  private tokenStart = 0;
  /** The quotes of the f-strings we are inside, innermost last. */
  private readonly fstringQuotes: string[] = [];
  private readonly warnings: { lineno: number; msg: string; offset: number }[] = [];
  private readonly numberEnds: number[] = [];

  constructor(private readonly src: string, private readonly filename: string) {
    // One map for the whole pass: it reads `inserted` as the pass fills it in.
    this.map = new SourceMap(src, this.inserted);
  }

  run(): Layout {
    const src = this.src;
    if (src.includes('\0')) {
      throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', 0, 0, '', this.filename);
    }
    try {
      return this.scan();
    } catch (stop) {
      if (!(stop instanceof LayoutStop)) throw stop;
      const at = this.tokenStart;
      const kind = stop.error.type === 'SyntaxError' ? 'token' : 'indentation';
      const inserted = this.inserted.filter((i) => i < at);
      return {
        text: this.outText().slice(0, at), map: new SourceMap(src, inserted), unclosed: null, pending: { error: stop.error, kind, at },
        warnings: this.warnings, numberEnds: this.numberEnds,
      };
    }
  }

  private scan(): Layout {
    const src = this.src;
    let lineHasToken = false;
    let atLineStart = true;
    while (this.pos < src.length) {
      if (atLineStart) {
        atLineStart = false;
        if (!this.lineStart()) { atLineStart = true; continue; }
        lineHasToken = true;
      }
      const c = src.charCodeAt(this.pos);
      if (c === 10 || c === 13) {
        const len = c === 13 && src.charCodeAt(this.pos + 1) === 10 ? 2 : 1;
        if (this.brackets.length > 0) this.blank(len);
        else {
          if (len === 2) this.blank(1);
          this.emit('\n');
          this.pos++;
          atLineStart = true;
          lineHasToken = false;
        }
        continue;
      }
      this.token();
    }
    if (lineHasToken) this.insert('\n');
    while (this.indents.length > 1) {
      this.indents.pop();
      this.insert(DEDENT);
    }
    const open = this.brackets[this.brackets.length - 1];
    const unclosed = open ? this.unclosedError(open.char, open.offset) : null;
    return { text: this.outText(), map: this.map, unclosed, pending: null, warnings: this.warnings, numberEnds: this.numberEnds };
  }

  /** Handles indentation at the start of a physical line; false for a blank line (consumed). */
  private lineStart(): boolean {
    const src = this.src;
    this.tokenStart = this.outLen;
    const start = this.pos;
    let col = 0, alt = 0, p = start;
    for (;; p++) {
      const c = src.charCodeAt(p);
      if (c === 32) { col++; alt++; }
      else if (c === 9) { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; alt++; }
      else if (c === 12) { col = 0; alt = 0; }
      else break;
    }
    const c = src.charCodeAt(p);
    if (p >= src.length || c === 35 /* # */ || c === 10 || c === 13 || (c === 92 && this.isLineContinuation(p))) {
      if (c === 92) {  // a line holding only a backslash continuation is blank too
        this.copy(p - start);
        return true;
      }
      // Blank line: comments and the newline become spaces; no INDENT/DEDENT.
      let end = p;
      while (end < src.length && src.charCodeAt(end) !== 10 && src.charCodeAt(end) !== 13) end++;
      if (src.charCodeAt(end) === 13 && src.charCodeAt(end + 1) === 10) end += 2;
      else if (end < src.length) end++;
      this.blank(end - start);
      return false;
    }
    this.copy(p - start);
    const top = this.indents[this.indents.length - 1]!;
    const altTop = this.altIndents[this.altIndents.length - 1]!;
    if (col === top) {
      if (alt !== altTop) this.fail('inconsistent use of tabs and spaces in indentation', p, 'TabError');
    } else if (col > top) {
      if (this.indents.length >= MAX_INDENT_LEVELS) this.fail('too many levels of indentation', p, 'IndentationError');
      if (alt <= altTop) this.fail('inconsistent use of tabs and spaces in indentation', p, 'TabError');
      this.indents.push(col);
      this.altIndents.push(alt);
      this.insert(INDENT);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
        this.insert(DEDENT);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        this.fail('unindent does not match any outer indentation level', p, 'IndentationError');
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) {
        this.fail('inconsistent use of tabs and spaces in indentation', p, 'TabError');
      }
    }
    return true;
  }

  private isLineContinuation(p: number): boolean {
    const n = this.src.charCodeAt(p + 1);
    return n === 10 || n === 13;
  }

  /** One token (or run of spaces) in code, not at a logical line end. */
  private token(): void {
    const src = this.src;
    if (this.fstringQuotes.length === 0) this.tokenStart = this.outLen;
    const c = src.charCodeAt(this.pos);
    if (c === 32 || c === 9 || c === 12) { this.copy(1); return; }
    if (c === 35) { this.comment(); return; }
    if (c === 92) { this.backslash(); return; }
    if (c === 34 || c === 39) { this.string(''); return; }
    if ((c >= 48 && c <= 57) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) { this.number(); return; }
    if (isIdentChar(c)) { this.word(); return; }
    const ch = src[this.pos]!;
    if (OPENERS.includes(ch)) {
      if (this.brackets.length >= MAX_PAREN_DEPTH) this.fail('too many nested parentheses', this.pos);
      this.brackets.push({ char: ch, offset: this.pos });
    } else if (CLOSERS.includes(ch)) {
      this.closeBracket(ch);
    } else if (c < 32 || c === 127) {
      this.fail(`invalid non-printable character U+${hex4(c)}`, this.pos);
    }
    this.copy(1);
  }

  private closeBracket(ch: string): void {
    const open = this.brackets.pop();
    if (!open) this.fail(`unmatched '${ch}'`, this.pos);
    const expected = CLOSERS[OPENERS.indexOf(open.char)];
    if (expected !== ch) {
      const openLine = this.map.lineIndex(open.offset), here = this.map.lineIndex(this.pos);
      const where = openLine === here ? '' : ` on line ${openLine + 1}`;
      this.fail(`closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'${where}`, this.pos);
    }
  }

  private comment(): void {
    let end = this.pos;
    while (end < this.src.length && this.src.charCodeAt(end) !== 10 && this.src.charCodeAt(end) !== 13) end++;
    this.blank(end - this.pos);
  }

  private backslash(): void {
    const p = this.pos;
    if (p + 1 >= this.src.length) this.fail('unexpected EOF while parsing', p + 1);
    if (!this.isLineContinuation(p)) this.fail('unexpected character after line continuation character', p + 1);
    const len = this.src.charCodeAt(p + 1) === 13 && this.src.charCodeAt(p + 2) === 10 ? 3 : 2;
    this.blank(len);
    if (this.pos >= this.src.length) this.fail('unexpected EOF while parsing', this.pos);
  }

  /**
   * A number token, scanned as CPython 3.12's tokenizer scans it
   * (Parser/tokenizer.c tok_get's number branch): its errors, their messages
   * and columns, and its SyntaxWarning for a literal run into a keyword.
   * `p` is the index of the character the tokenizer holds (`c`); an error it
   * raises after backing that character up points at the one before it.
   */
  private number(): void {
    const src = this.src;
    let p = this.pos;
    const code = (i: number): number => src.charCodeAt(i);
    const backedUp = (msg: string, at: number): never => this.fail(msg, at - 1);
    // tok_decimal_tail, entered on a digit: digits, each `_` followed by one; ends on the first other character.
    const decimalTail = (): void => {
      for (;;) {
        do p++; while (isDigit(code(p)));
        if (code(p) !== 95) return;
        p++;
        if (!isDigit(code(p))) backedUp('invalid decimal literal', p);
      }
    };
    // The digits after 0x, 0o or 0b; `valid` tells a digit of the base.
    const radixDigits = (kind: string, valid: (c: number) => boolean, checkDecimal: boolean): void => {
      p++;
      do {
        if (code(p) === 95) p++;
        if (!valid(code(p))) {
          if (checkDecimal && isDigit(code(p))) this.fail(`invalid digit '${src[p]}' in ${kind} literal`, p);
          backedUp(`invalid ${kind} literal`, p);
        }
        do p++; while (valid(code(p)));
      } while (code(p) === 95);
      if (checkDecimal && isDigit(code(p))) this.fail(`invalid digit '${src[p]}' in ${kind} literal`, p);
      this.verifyEndOfNumber(p, kind);
    };
    // After the integer part: a fraction, an exponent, an imaginary suffix.
    const floatTail = (): void => {
      if (code(p) === 46) {
        p++;
        if (isDigit(code(p))) decimalTail();
      }
      if (code(p) === 101 || code(p) === 69) {
        const e = p++;
        if (code(p) === 43 || code(p) === 45) {
          p++;
          if (!isDigit(code(p))) backedUp('invalid decimal literal', p);
        } else if (!isDigit(code(p))) {
          // `1else`: the number ends before the `e`, if a keyword starts there.
          this.verifyEndOfNumber(e, 'decimal');
          p = e;
          return;
        }
        decimalTail();
      }
      if (code(p) === 106 || code(p) === 74) {
        p++;
        this.verifyEndOfNumber(p, 'imaginary');
      } else {
        this.verifyEndOfNumber(p, 'decimal');
      }
    };
    if (code(p) === 48) {
      p++;
      const x = code(p) | 0x20;
      if (x === 120) radixDigits('hexadecimal', isHexDigit, false);
      else if (x === 111) radixDigits('octal', (c) => c >= 48 && c <= 55, true);
      else if (x === 98) radixDigits('binary', (c) => c === 48 || c === 49, true);
      else {
        // Zeros, maybe old-style octal (`0` alone, `00`, `0_0` are fine).
        for (;;) {
          if (code(p) === 95) {
            p++;
            if (!isDigit(code(p))) backedUp('invalid decimal literal', p);
          }
          if (code(p) !== 48) break;
          p++;
        }
        const zerosEnd = p + 1;
        const nonzero = isDigit(code(p));
        if (nonzero) decimalTail();
        const lower = code(p) | 0x20;
        if (code(p) === 46 || lower === 101 || lower === 106) {
          floatTail();
        } else if (nonzero) {
          this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            this.pos, 'SyntaxError', zerosEnd);
        } else {
          this.verifyEndOfNumber(p, 'decimal');
        }
      }
    } else {
      // A digit, or the dot of `.5`.
      if (code(p) !== 46) decimalTail();
      floatTail();
    }
    this.copy(p - this.pos);
  }

  /**
   * verify_end_of_number, at the character after a number: a keyword that may
   * follow a number in valid code (`1if x else 2`) gets a SyntaxWarning and
   * ends the number; another ASCII name character is an error.
   */
  private verifyEndOfNumber(p: number, kind: string): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    const word = (rest: string): boolean => src.startsWith(rest, p + 1) && !isIdentChar(src.charCodeAt(p + 1 + rest.length));
    let keyword = false;
    if (c === 97) keyword = word('nd');
    else if (c === 101) keyword = word('lse');
    else if (c === 102) keyword = word('or');
    else if (c === 105) keyword = /[fns]/.test(src.charAt(p + 1));
    else if (c === 111) keyword = word('r');
    else if (c === 110) keyword = word('ot');
    if (keyword) {
      this.warnings.push({ lineno: this.map.lineChar(p).line, msg: `invalid ${kind} literal`, offset: p });
      // The number's text is copied 1:1 from this.pos on.
      this.numberEnds.push(this.outLen + (p - this.pos));
    }
    else if (c < 128 && isIdentChar(c)) this.fail(`invalid ${kind} literal`, p - 1);
  }

  /** An identifier, keyword or string prefix. */
  private word(): void {
    const src = this.src;
    const start = this.pos;
    let p = start;
    while (p < src.length) {
      const c = src.charCodeAt(p);
      if (isIdentAscii(c)) { p++; continue; }
      if (c < 0x80) break;
      const cp = src.codePointAt(p)!;
      const ch = String.fromCodePoint(cp);
      const { xidStart, xidContinue, printable } = unicodeNameClasses();
      const ok = p === start ? xidStart.test(ch) || xidStart.test(ch.normalize('NFKC')[0] ?? '')
        : xidContinue.test(ch) || xidContinue.test(ch.normalize('NFKC')[0] ?? '');
      if (!ok) {
        if (p === start || !printable.test(ch)) {
          this.fail(printable.test(ch) ? `invalid character '${ch}' (U+${hex4(cp)})` : `invalid non-printable character U+${hex4(cp)}`, p);
        }
        break;
      }
      p += ch.length;
    }
    const word = src.slice(start, p);
    const next = src.charCodeAt(p);
    if ((next === 34 || next === 39) && PREFIX_CHARS.test(word) && VALID_PREFIX.test(word)) {
      this.copy(word.length);
      this.string(word);
      return;
    }
    this.copy(p - start);
  }

  /** A string literal starting at the quote; `prefix` was already copied. */
  private string(prefix: string): void {
    const lower = prefix.toLowerCase();
    if (lower.includes('f')) { this.fstring(lower.includes('r')); return; }
    const src = this.src;
    const start = this.pos - prefix.length;
    const q = src[this.pos]!;
    const triple = src.startsWith(q + q + q, this.pos);
    let p = this.pos + (triple ? 3 : 1);
    for (;;) {
      if (p >= src.length) this.unterminated(start, triple);
      const c = src[p]!;
      if (c === '\\') { p += 2; continue; }
      if (!triple && (c === '\n' || c === '\r')) this.unterminated(start, triple);
      if (c === q && (!triple || src.startsWith(q + q + q, p))) { p += triple ? 3 : 1; break; }
      p++;
    }
    this.copy(p - this.pos);
  }

  private unterminated(start: number, triple: boolean, fstring = false): never {
    // A string opened inside a replacement field with the f-string's own quote
    // and never closed means the field's `}` is missing (PEP 701 tokenizer).
    const q = this.src.slice(start).replace(/^[a-zA-Z]*/, '').slice(0, triple ? 3 : 1);
    const enclosing = this.fstringQuotes[this.fstringQuotes.length - (fstring ? 2 : 1)];
    if (enclosing === q) this.fail("f-string: expecting '}'", start);
    const what = fstring ? 'f-string' : 'string';
    // The tokenizer's own error: its text is the line without the newline.
    const fail = (msg: string): never => {
      const err = this.error(msg, start, 'SyntaxError');
      const stripped = new PySyntaxError(err.type, err.msg, err.lineno, err.offset, err.text.replace(/\r?\n$/, ''), err.filename, err.endLineno, err.endOffset);
      stripped.textAsIs = true;
      throw new LayoutStop(stripped);
    };
    if (triple) {
      // CPython names the line it was on at end of input (a final newline starts no new line).
      const last = this.map.lineIndex(Math.max(0, this.src.length - (/[\r\n]$/.test(this.src) ? 1 : 0))) + 1;
      fail(`unterminated triple-quoted ${what} literal (detected at line ${last})`);
    }
    return fail(`unterminated ${what} literal (detected at line ${this.map.lineIndex(start) + 1})`);
  }

  /** An f-string from its opening quote: literal parts copied, replacement fields laid out as code. */
  private fstring(raw: boolean): void {
    const src = this.src;
    const start = this.pos;
    const q = src[this.pos]!;
    const triple = src.startsWith(q + q + q, this.pos);
    const quote = triple ? q + q + q : q;
    this.copy(quote.length);
    this.fstringQuotes.push(quote);
    for (;;) {
      if (this.pos >= src.length) this.unterminated(start, triple, true);
      const c = src[this.pos]!;
      if (src.startsWith(quote, this.pos)) { this.copy(quote.length); this.fstringQuotes.pop(); return; }
      if (!triple && (c === '\n' || c === '\r')) this.unterminated(start, triple, true);
      this.fstringLiteralChar(raw, quote, triple, start);
    }
  }

  /**
   * One character (or escape) of an f-string's literal text or format spec.
   * In a format spec `{{` is no escape: CPython's tokenizer opens a field there.
   */
  private fstringLiteralChar(raw: boolean, quote: string, triple: boolean, start: number, inSpec = false): void {
    const src = this.src;
    const c = src[this.pos]!;
    if (c === '\\') {
      const n = src[this.pos + 1];
      if (n === '{' || n === '}') { this.copy(1); return; }
      if (!raw && n === 'N' && src[this.pos + 2] === '{') {
        const close = src.indexOf('}', this.pos);
        this.copy(close < 0 ? src.length - this.pos : close + 1 - this.pos);
        return;
      }
      this.copy(this.pos + 1 < src.length ? 2 : 1);
      return;
    }
    if (c === '{') {
      if (!inSpec && src[this.pos + 1] === '{') { this.copy(2); return; }
      this.copy(1);
      this.fstringField(raw, quote, triple, start);
      return;
    }
    if (c === '}') {
      if (src[this.pos + 1] === '}') { this.copy(2); return; }
      this.fail("f-string: single '}' is not allowed", this.pos + 1);
    }
    this.copy(1);
  }

  /** A replacement field after its `{`, up to and including its closing `}`. */
  private fstringField(raw: boolean, quote: string, triple: boolean, start: number): void {
    const src = this.src;
    const open = this.pos - 1;
    const saved = this.brackets.splice(0);
    let inSpec = false;
    let first = this.pos;
    while (src[first] === ' ' || src[first] === '\t') first++;
    if ('}!:='.includes(src[first] ?? '')) this.fail(`f-string: valid expression required before '${src[first]}'`, first);
    for (;;) {
      // The input ends inside the field: its `{` is what the PEP 701 tokenizer reports.
      if (this.pos >= src.length) {
        if (inSpec) this.unterminated(start, triple, true);
        throw new LayoutStop(this.unclosedError('{', open));
      }
      const c = src[this.pos]!;
      if (inSpec) {
        if (c === '}') { this.copy(1); break; }
        if (src.startsWith(quote, this.pos)) this.fail("f-string: expecting '}'", this.pos + 1);
        if (!triple && (c === '\n' || c === '\r')) this.unterminated(start, triple, true);
        this.fstringLiteralChar(raw, quote, triple, start, true);
        continue;
      }
      if (this.brackets.length === 0) {
        if (c === '}') { this.copy(1); break; }
        if (c === ':') { this.copy(1); inSpec = true; continue; }
      }
      if (c === '\n' || c === '\r') {
        // PEP 701: a replacement field may span lines, even in a one-line f-string.
        this.blank(1);
        continue;
      }
      if (CLOSERS.includes(c) && this.brackets.length === 0) this.fail(`f-string: unmatched '${c}'`, this.pos + 1);
      this.token();
    }
    this.brackets.push(...saved);
  }

  // ---- output
  // Copies coalesce: a run of copied characters becomes one slice of the
  // source when something else is output (most of a program is copied as is,
  // and a slice per token made much of the pass's garbage).
  private copy(n: number): void {
    if (this.copyFrom < 0) this.copyFrom = this.pos;
    this.pos += n;
    this.outLen += n;
  }

  /** Outputs the pending run of copied characters, [copyFrom, pos). */
  private flushCopy(): void {
    if (this.copyFrom < 0) return;
    this.out.push(this.src.slice(this.copyFrom, this.pos));
    this.copyFrom = -1;
  }

  private outText(): string {
    this.flushCopy();
    return this.out.join('');
  }

  /** Replaces `n` source characters by spaces. */
  private blank(n: number): void {
    this.flushCopy();
    this.out.push(' '.repeat(n));
    this.pos += n;
    this.outLen += n;
  }

  private emit(ch: string): void {
    this.flushCopy();
    this.out.push(ch);
    this.outLen += 1;
  }

  private insert(ch: string): void {
    this.flushCopy();
    this.inserted.push(this.outLen);
    this.out.push(ch);
    this.outLen += 1;
  }

  /** Fails at the character at `offset`; `endOffset` is CPython's 1-based end column where it gives a range. */
  private fail(msg: string, offset: number, type: SyntaxErrorType = 'SyntaxError', endOffset?: number): never {
    throw new LayoutStop(this.error(msg, offset, type, endOffset));
  }

  /**
   * "'(' was never closed", raised at the end of the input: end_offset 0 (CPython
   * passes -1 as the end column), and the text of an earlier line without its
   * newline (CPython then reads it from its string, not the tokenizer's buffer).
   */
  private unclosedError(char: string, offset: number): PySyntaxError {
    const { line, char: column } = this.map.lineChar(Math.min(offset, this.src.length));
    const lastLine = this.map.lineChar(this.src.replace(/\n$/, '').length).line;
    const earlier = line < lastLine;
    const text = earlier ? this.map.lineText(line).replace(/\r?\n$/, '') : this.map.lineText(line);
    const err = new PySyntaxError('SyntaxError', `'${char}' was never closed`, line, column + 1, text, this.filename, line, 0);
    err.textAsIs = earlier;
    return err;
  }

  private error(msg: string, offset: number, type: SyntaxErrorType, endOffset?: number): PySyntaxError {
    const { line, char } = this.map.lineChar(Math.min(offset, this.src.length));
    const end = endOffset === undefined ? char + 1 : this.map.lineChar(Math.min(endOffset, this.src.length)).char;
    return new PySyntaxError(type, msg, line, char + 1, this.map.lineText(line), this.filename, line, end);
  }
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

export function layout(source: string, filename = '<unknown>'): Layout {
  return new LayoutPass(source, filename).run();
}
