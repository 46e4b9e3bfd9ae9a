// Values of numeric and string literal tokens, exactly as CPython 3.12 computes
// them (Parser/pegen.c parsenumber, Parser/string_parser.c,
// Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal,
// Objects/bytesobject.c _PyBytes_DecodeEscape), including error message text.
import { PyComplex } from './constants.js';
import { lookupUnicodeName } from './unicode-names.js';

/**
 * What went wrong, which also tells the caller where CPython reports it:
 * - 'unicode-error', 'value-error', 'bytes-non-ascii': a SyntaxError located on
 *   the whole STRING token (offset = token start + 1, end_offset = token end + 1).
 *   For f-string literal parts CPython reports the last token the parser had
 *   fetched, which in every observed case is the FSTRING_END token.
 * - 'int-max-str-digits': a SyntaxError on the NUMBER token's line with
 *   offset 0 and end_offset 0 (CPython deliberately omits columns).
 * - 'not-supported': something this implementation cannot do (\N{...} names);
 *   not a CPython error.
 */
export type LiteralErrorKind =
  | 'unicode-error'
  | 'value-error'
  | 'bytes-non-ascii'
  | 'int-max-str-digits'
  | 'not-supported';

/** One-character escapes shared by str and bytes literals, as character codes. */
const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  '\\': 0x5c, "'": 0x27, '"': 0x22, b: 8, f: 12, t: 9, n: 10, r: 13, v: 11, a: 7,
};

/** An octal escape's value from its first digit and up to two more at `at`; returns [value, next index]. */
function octalEscape(text: string, first: string, at: number): [number, number] {
  let v = first.charCodeAt(0) - 0x30;
  for (let k = 0; k < 2 && isOctal(text[at]); k++) v = v * 8 + text.charCodeAt(at++) - 0x30;
  return [v, at];
}

export class LiteralError extends Error {
  /**
   * @param msg the SyntaxError message exactly as CPython shows it
   * @param kind see LiteralErrorKind (also says where CPython locates the error)
   * @param bodyOffset index in the body/token text of the offending escape's
   *   backslash (informational: CPython itself does not point inside the literal)
   */
  constructor(
    readonly msg: string,
    readonly kind: LiteralErrorKind,
    readonly bodyOffset: number = 0,
  ) {
    super(msg);
    this.name = 'LiteralError';
  }
}

/** Called with a SyntaxWarning message such as `invalid escape sequence '\q'`. */
export type LiteralWarn = (msg: string) => void;

// ---------------------------------------------------------------------------
// Numbers

/** CPython's default sys.get_int_max_str_digits(). */
export const DEFAULT_INT_MAX_STR_DIGITS = 4300;
/** Below this many digits CPython never checks the limit (_PY_LONG_MAX_STR_DIGITS_THRESHOLD). */
const INT_MAX_STR_DIGITS_THRESHOLD = 640;

const RADIX_DIGITS: Record<string, RegExp> = {
  x: /^[0-9a-fA-F]+$/,
  o: /^[0-7]+$/,
  b: /^[01]+$/,
};

/**
 * The value of a NUMBER token as the tokenizer matched it: int → bigint,
 * float → number, imaginary → PyComplex(0, imag). Throws LiteralError
 * (kind 'int-max-str-digits') for decimal ints longer than `maxStrDigits`
 * digits (0 = unlimited), like CPython's parser; hex/octal/binary are unlimited.
 */
export function parseNumber(text: string, maxStrDigits: number = DEFAULT_INT_MAX_STR_DIGITS): bigint | number | PyComplex {
  const s = text.includes('_') ? text.replace(/_/g, '') : text;
  const last = s[s.length - 1];
  if (last === 'j' || last === 'J') {
    return new PyComplex(0, parseFloatText(s.slice(0, -1), text));
  }
  if (s.length > 2 && s[0] === '0') {
    const radix = s[1]!.toLowerCase();
    const re = RADIX_DIGITS[radix];
    if (re !== undefined) {
      const digits = s.slice(2);
      if (!re.test(digits)) throw new Error(`parseNumber: not a number literal: ${JSON.stringify(text)}`);
      return BigInt('0' + radix + digits);
    }
  }
  if (/[.eE]/.test(s)) return parseFloatText(s, text);
  if (!/^[0-9]+$/.test(s)) throw new Error(`parseNumber: not a number literal: ${JSON.stringify(text)}`);
  if (/^0+$/.test(s)) return 0n; // "000" is valid; CPython reads it with strtoul, no digit limit
  const ndigits = s.length;
  if (ndigits > INT_MAX_STR_DIGITS_THRESHOLD && maxStrDigits > 0 && ndigits > maxStrDigits) {
    throw new LiteralError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${ndigits} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - ' +
        'Consider hexadecimal for huge integer literals to avoid decimal conversion limits.',
      'int-max-str-digits',
    );
  }
  return BigInt(s);
}

function parseFloatText(s: string, original: string): number {
  // JS's string → number conversion is correctly rounded (like CPython's
  // dtoa-based PyOS_string_to_double) and overflows to Infinity the same way.
  if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(s)) {
    throw new Error(`parseNumber: not a number literal: ${JSON.stringify(original)}`);
  }
  return Number(s);
}

// ---------------------------------------------------------------------------
// Strings

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

function hexValue(c: string | undefined): number {
  if (c === undefined) return -1;
  const code = c.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  return -1;
}

function invalidEscapeWarning(buf: string, at: number): string {
  const c = buf[at]!;
  return c >= '4' && c <= '7'
    ? `invalid octal escape sequence '\\${buf.slice(at, at + 3)}'`
    : `invalid escape sequence '\\${c}'`;
}

/**
 * CPython (decode_unicode_with_escapes) first rewrites the literal's UTF-8 text
 * into pure ASCII: every non-ASCII code point becomes `\UXXXXXXXX`, and a
 * backslash followed by a non-ASCII character (or by nothing) becomes
 * `\u005c`. Error positions refer to this rewritten buffer, so it is built
 * literally here. `map[i]` is the index in `body` the buffer byte i came from.
 */
function asciiEscapeBuffer(body: string): { buf: string; map: number[] } {
  let buf = '';
  const map: number[] = [];
  const push = (t: string, from: number): void => {
    buf += t;
    for (let k = 0; k < t.length; k++) map.push(from);
  };
  let i = 0;
  while (i < body.length) {
    if (body[i] === '\\') {
      push('\\', i);
      i++;
      if (i >= body.length || body.charCodeAt(i) >= 0x80) {
        push('u005c', i - 1);
        if (i >= body.length) break;
      }
    }
    const cp = body.codePointAt(i)!;
    if (cp >= 0x80) {
      push('\\U' + cp.toString(16).padStart(8, '0'), i);
      i += cp > 0xffff ? 2 : 1;
    } else {
      push(body[i]!, i);
      i++;
    }
  }
  return { buf, map };
}

/** Decode a non-raw str literal body (or one f-string middle token). */
function decodeUnicodeEscapes(body: string, warn: LiteralWarn | undefined, fstring: boolean, base: number): string {
  if (!body.includes('\\')) return body;
  const { buf, map } = asciiEscapeBuffer(body);
  const n = buf.length;
  let out = '';
  let firstInvalid = -1;
  let i = 0;
  const fail = (start: number, end: number, message: string): never => {
    const pos =
      end - start === 1
        ? `can't decode byte 0x${buf.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}`
        : `can't decode bytes in position ${start}-${end - 1}`;
    throw new LiteralError(
      `(unicode error) 'unicodeescape' codec ${pos}: ${message}`,
      'unicode-error',
      base + (map[start] ?? body.length),
    );
  };
  while (i < n) {
    const c = buf[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) fail(start, i, '\\ at end of string');
    const e = buf[i++]!;
    switch (e) {
      case '\n':
        break;
      case '\\': case "'": case '"': case 'b': case 'f': case 't': case 'n': case 'r': case 'v': case 'a':
        out += String.fromCharCode(SIMPLE_ESCAPES[e]!);
        break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let ch: number;
        [ch, i] = octalEscape(buf, e, i);
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = i - 3;
        out += String.fromCodePoint(ch);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        let count = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const message =
          e === 'x' ? 'truncated \\xXX escape' : e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let ch = 0;
        for (; count > 0; i++, count--) {
          if (i >= n) fail(start, i, message);
          const d = hexValue(buf[i]);
          if (d < 0) fail(start, i, message);
          ch = ch * 16 + d;
        }
        if (ch > 0x10ffff) fail(start, i, 'illegal Unicode character');
        out += String.fromCodePoint(ch);
        break;
      }
      case 'N': {
        const message = 'malformed \\N character escape';
        if (i >= n) fail(start, i, message);
        if (buf[i] === '{') {
          const nameStart = ++i;
          while (i < n && buf[i] !== '}') i++;
          if (i >= n) fail(start, i, message);
          if (i > nameStart) {
            const cp = lookupUnicodeName(buf.slice(nameStart, i));
            i++;
            out += String.fromCodePoint(cp ?? fail(start, i, 'unknown Unicode character name'));
            break;
          }
        }
        fail(start, i, message);
        break;
      }
      default:
        if (firstInvalid < 0) firstInvalid = i - 1;
        out += '\\' + e;
        break;
    }
  }
  if (firstInvalid >= 0 && warn !== undefined) {
    const c = buf[firstInvalid]!;
    // For f-string parts, `\{` and `\}` are warned about by the tokenizer instead.
    if (!(fstring && (c === '{' || c === '}'))) warn(invalidEscapeWarning(buf, firstInvalid));
  }
  return out;
}

/** Decode a non-raw bytes literal body (all ASCII already checked). */
function decodeBytesEscapes(body: string, warn: LiteralWarn | undefined): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  let firstInvalid = -1;
  let i = 0;
  while (i < n) {
    if (body[i] !== '\\') {
      out.push(body.charCodeAt(i++));
      continue;
    }
    i++;
    if (i >= n) throw new LiteralError('(value error) Trailing \\ in string', 'value-error', i - 1);
    const e = body[i++]!;
    switch (e) {
      case '\n':
        break;
      case '\\': case "'": case '"': case 'b': case 'f': case 't': case 'n': case 'r': case 'v': case 'a':
        out.push(SIMPLE_ESCAPES[e]!);
        break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let c: number;
        [c, i] = octalEscape(body, e, i);
        if (c > 0o377 && firstInvalid < 0) firstInvalid = i - 3;
        out.push(c & 0xff); // CPython stores the value in a char: b'\777' == b'\xff'
        break;
      }
      case 'x': {
        if (i + 1 < n) {
          const d1 = hexValue(body[i]);
          const d2 = hexValue(body[i + 1]);
          if (d1 >= 0 && d2 >= 0) {
            out.push(d1 * 16 + d2);
            i += 2;
            break;
          }
        }
        throw new LiteralError(`(value error) invalid \\x escape at position ${i - 2}`, 'value-error', i - 2);
      }
      default:
        if (firstInvalid < 0) firstInvalid = i - 1;
        out.push(0x5c);
        i--; // the character after the backslash is taken literally
        break;
    }
  }
  if (firstInvalid >= 0 && warn !== undefined) warn(invalidEscapeWarning(body, firstInvalid));
  return Uint8Array.from(out);
}

/**
 * The value of a (non-f) string literal: `prefix` is the prefix letters as
 * written (any case and order of r, b, u), `body` the text between the quotes
 * with newlines already normalised to `\n`. Returns a string for str literals
 * and a Uint8Array for bytes literals. Throws LiteralError with CPython's
 * SyntaxError message; `warn` receives the SyntaxWarning for the first invalid
 * escape, if any (CPython warns at most once per literal token).
 */
export function decodeStringLiteral(prefix: string, body: string, warn?: LiteralWarn): string | Uint8Array {
  const p = prefix.toLowerCase();
  if (p.includes('f')) throw new Error('decodeStringLiteral: f-strings are decoded with decodeFStringMiddle');
  const raw = p.includes('r');
  if (p.includes('b')) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) >= 0x80) {
        throw new LiteralError('bytes can only contain ASCII literal characters', 'bytes-non-ascii', i);
      }
    }
    if (raw || !body.includes('\\')) {
      const bytes = new Uint8Array(body.length);
      for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
      return bytes;
    }
    return decodeBytesEscapes(body, warn);
  }
  if (raw) return body;
  return decodeUnicodeEscapes(body, warn, false, 0);
}

/**
 * Split an f-string literal run into the FSTRING_MIDDLE tokens CPython's
 * tokenizer would make of it: a token ends after the first brace of `{{`/`}}`
 * (the second is dropped) and, in non-raw f-strings, right after the `}` that
 * closes a `\N{...}` escape. Returns the tokens' [start, end) ranges in `body`
 * (a range may end with the kept brace of a `{{`/`}}` pair).
 */
function fstringMiddleTokens(body: string, raw: boolean): Array<[number, number]> {
  const tokens: Array<[number, number]> = [];
  const n = body.length;
  let start = 0;
  let unicodeEscape = false;
  let i = 0;
  while (i < n) {
    const c = body[i++]!;
    if (c === '{' || c === '}') {
      if (c === '}' && unicodeEscape) {
        tokens.push([start, i]);
        start = i;
        unicodeEscape = false;
      } else if (body[i] === c) {
        tokens.push([start, i]);
        i++;
        start = i;
        unicodeEscape = false;
      }
      // A single brace cannot occur in a literal part; keep it as text.
    } else if (c === '\\' && i < n) {
      let peek = body[i++]!;
      if (peek === '\r' && i < n) peek = body[i++]!;
      if (peek === '{' || peek === '}') {
        i--; // left for the brace handling above
      } else if (!raw && peek === 'N') {
        if (body[i] === '{') {
          i++;
          unicodeEscape = true;
        }
      }
    }
  }
  if (start < n) tokens.push([start, n]);
  return tokens;
}

/**
 * The value of the literal text of an f-string between replacement fields,
 * as written in the source (so `{{` and `}}` still doubled; `\N{...}` in a
 * non-raw f-string is an escape, not a field). Decoded token by token like
 * CPython, so error positions and warnings match. `\{` and `\}` stay as
 * written (backslash kept); their SyntaxWarning belongs to the tokenizer and
 * is not reported through `warn`.
 */
/**
 * CPython 3.12.1 decodes the escapes in a non-raw f-string's `{expr=}` debug
 * text as it decodes the literal parts (`f'{"\\n"=}'` shows a newline), but
 * keeps doubled braces as written.
 */
export function decodeFStringDebugText(text: string): string {
  return decodeUnicodeEscapes(text, undefined, true, 0);
}

export function decodeFStringMiddle(body: string, raw: boolean, warn?: LiteralWarn): string {
  let out = '';
  for (const [s, e] of fstringMiddleTokens(body, raw)) {
    const part = body.slice(s, e);
    out += raw ? part : decodeUnicodeEscapes(part, warn, true, s);
  }
  return out;
}
