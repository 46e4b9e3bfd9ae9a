// `str % args`: printf-style formatting as CPython 3.12 does it
// (Objects/unicodeobject.c PyUnicode_Format and its helpers). The parser
// follows the C state machine closely, because the order in which it consumes
// arguments and detects errors decides which error a bad format raises.
// `bytes % args` is not implemented here.
import { formatFloatFixed } from './float-format.js';
import { floatRepr } from './float-repr.js';
import { intToFloat } from './numeric.js';
import { PythonError } from './python-error.js';
import { asciiOfRepr, strRepr } from './str-repr.js';

/**
 * An object that is not an int, bool, float, str or None: the VM computes its
 * str(), repr() and ascii() up front. Such objects count as having no
 * __index__ / __int__ / __float__ (%d, %x, %f, %c reject them).
 */
export interface PercentObject {
  kind: 'other';
  typeName: string;
  str: string;
  repr: string;
  ascii: string;
  /**
   * Present when the type has __getitem__ (dict, list, ...): `%` then treats
   * the object as a mapping (PyMapping_Check). Looks up `%(key)` keys; throws
   * the PythonError that `obj[key]` raises (KeyError, TypeError, ...).
   */
  getItem?: (key: string) => PercentArg;
}

export type PercentArg =
  | { kind: 'int'; value: bigint }
  | { kind: 'bool'; value: boolean }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'none' }
  | PercentObject;

/** The right operand of `%`: one object, or a tuple's items. */
export type PercentArgs = PercentArg | readonly PercentArg[];

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const SSIZE_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;
/** sys.get_int_max_str_digits() default: int → decimal str refuses longer results. */
const MAX_STR_DIGITS = 4300;
/** Past this V8 cannot build the string; CPython would fail to allocate it too. */
const MAX_OUTPUT = 0x1fffffe8;

interface Spec {
  ch: number; // the conversion character's code point
  flags: number;
  width: number; // -1: none
  prec: number; // -1: none
  sign: boolean; // a numeric conversion: sign and zero padding apply
}

function isTuple(args: PercentArgs): args is readonly PercentArg[] {
  return Array.isArray(args);
}

function typeName(v: PercentArg): string {
  switch (v.kind) {
    case 'none':
      return 'NoneType';
    case 'other':
      return v.typeName;
    default:
      return v.kind;
  }
}

/** Number of code points (a surrogate pair is one, as in str-repr.ts). */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first `n` code points of `s`. */
function cpPrefix(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return s.slice(0, i);
}

/** str(int) with CPython's limit on decimal conversions of huge ints. */
function intToDecimal(v: bigint): string {
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > MAX_STR_DIGITS) {
    throw new PythonError(
      'ValueError',
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

function strOf(v: PercentArg, conv: 's' | 'r' | 'a'): string {
  switch (v.kind) {
    case 'int':
      return intToDecimal(v.value);
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'float':
      return floatRepr(v.value); // str(float) is repr(float)
    case 'none':
      return 'None';
    case 'str':
      if (conv === 's') return v.value;
      return conv === 'r' ? strRepr(v.value) : asciiOfRepr(strRepr(v.value));
    case 'other':
      return conv === 's' ? v.str : conv === 'r' ? v.repr : v.ascii;
  }
}

/** mainformatlong + _PyUnicode_FormatLong: %d %i %u %o %x %X. */
function formatLong(v: PercentArg, spec: Spec, conv: string): string {
  const needsIndex = conv === 'o' || conv === 'x' || conv === 'X';
  let n: bigint;
  if (v.kind === 'int') n = v.value;
  else if (v.kind === 'bool') n = v.value ? 1n : 0n;
  else if (v.kind === 'float' && !needsIndex) {
    // PyNumber_Long(float) truncates; its errors are not TypeErrors, so they pass through.
    const x = v.value;
    if (Number.isNaN(x)) throw new PythonError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new PythonError('OverflowError', 'cannot convert float infinity to integer');
    n = BigInt(Math.trunc(x));
  } else {
    const what = needsIndex ? 'an integer' : 'a real number';
    throw new PythonError('TypeError', `%${conv} format: ${what} is required, not ${typeName(v)}`);
  }
  if (spec.prec > INT_MAX - 3) throw new PythonError('OverflowError', 'precision too large');
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let digits: string;
  let prefix = '';
  if (conv === 'o') {
    digits = abs.toString(8);
    if (spec.flags & F_ALT) prefix = '0o';
  } else if (needsIndex) {
    digits = abs.toString(16);
    if (spec.flags & F_ALT) prefix = '0x';
  } else {
    digits = intToDecimal(abs);
  }
  // A precision is a minimum digit count, met with leading zeros.
  if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
  const s = (neg ? '-' : '') + prefix + digits;
  return conv === 'X' ? s.toUpperCase() : s;
}

/** PyFloat_AsDouble for %e %f %g. */
function asDouble(v: PercentArg): number {
  switch (v.kind) {
    case 'float':
      return v.value;
    case 'int':
      return intToFloat(v.value);
    case 'bool':
      return v.value ? 1 : 0;
    default:
      throw new PythonError('TypeError', `must be real number, not ${typeName(v)}`);
  }
}

/** formatchar: %c takes a one-character str or an int code point. */
function formatChar(v: PercentArg): string {
  if (v.kind === 'str') {
    if (cpLength(v.value) === 1) return v.value;
  } else if (v.kind === 'int' || v.kind === 'bool') {
    const n = v.kind === 'int' ? v.value : v.value ? 1n : 0n;
    if (n < 0n || n > 0x10ffffn) throw new PythonError('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  throw new PythonError('TypeError', '%c requires int or char');
}

/** unicode_format_arg_output: sign, alternate-form prefix, padding, truncation. */
function pad(spec: Spec, str: string): string {
  const { flags, prec } = spec;
  const conv = String.fromCodePoint(spec.ch);
  const fill = spec.sign && flags & F_ZERO ? '0' : ' ';
  let len = cpLength(str);
  if ((spec.width === -1 || spec.width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
    return str;
  }
  let body = str;
  if ((conv === 's' || conv === 'r' || conv === 'a') && prec >= 0 && len > prec) {
    body = cpPrefix(str, prec);
    len = prec;
  }
  let sign = spec.sign;
  let signChar = '';
  if (sign) {
    if (body[0] === '-' || body[0] === '+') {
      signChar = body[0];
      body = body.slice(1);
      len--;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else sign = false;
  }
  let width = Math.max(spec.width, len);
  if (width > MAX_OUTPUT) throw new PythonError('MemoryError', '');
  let out = '';
  // With zero fill the sign and the 0x prefix go before the zeros, else after the spaces.
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  let prefix = '';
  if (flags & F_ALT && (conv === 'x' || conv === 'X' || conv === 'o')) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== ' ') out += prefix;
    width = Math.max(width - 2, 0);
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') out += (sign ? signChar : '') + prefix;
  out += body;
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

class Formatter {
  private pos = 0; // UTF-16 index into the format
  private exhausted = false; // C's fmtcnt < 0: a read found the format's end
  private args: PercentArgs;
  private arglen: number;
  private argidx: number;
  private readonly dict: PercentObject | null;

  constructor(private readonly fmt: string, args: PercentArgs) {
    this.args = args;
    // A tuple supplies its items in turn; anything else is the one argument
    // (arglen -1, argidx -2 lets exactly one fetch succeed).
    this.arglen = isTuple(args) ? args.length : -1;
    this.argidx = isTuple(args) ? 0 : -2;
    this.dict = !isTuple(args) && args.kind === 'other' && args.getItem ? args : null;
  }

  run(): string {
    const out: string[] = [];
    const { fmt } = this;
    while (this.pos < fmt.length) {
      const next = fmt.indexOf('%', this.pos);
      if (next < 0) {
        out.push(fmt.slice(this.pos));
        break;
      }
      out.push(fmt.slice(this.pos, next));
      this.pos = next + 1;
      out.push(this.formatArg());
    }
    if (this.argidx < this.arglen && !this.dict) {
      throw new PythonError('TypeError', 'not all arguments converted during string formatting');
    }
    return out.join('');
  }

  /** The next format code point (C: `if (--fmtcnt >= 0) ch = FORMAT_READ(); fmtpos++`), or null at the end. */
  private read(): number | null {
    if (this.pos >= this.fmt.length) {
      this.exhausted = true;
      return null;
    }
    const c = this.fmt.codePointAt(this.pos)!;
    this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  private nextArg(): PercentArg {
    if (this.argidx < this.arglen) {
      const i = this.argidx++;
      return isTuple(this.args) ? this.args[i]! : this.args;
    }
    throw new PythonError('TypeError', 'not enough arguments for format string');
  }

  /** One conversion, the format positioned just after its '%'. */
  private formatArg(): string {
    const first = this.pos < this.fmt.length ? this.fmt.codePointAt(this.pos)! : 0;
    if (first === 0x25) {
      this.pos++;
      return '%';
    }
    const spec = this.parse(first);
    const v = this.nextArg();
    const conv = String.fromCodePoint(spec.ch);
    let str: string;
    switch (conv) {
      case 's':
      case 'r':
      case 'a':
        str = strOf(v, conv);
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        str = formatLong(v, spec, conv);
        spec.sign = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        str = formatFloatFixed(asDouble(v), conv, spec.prec < 0 ? 6 : spec.prec, (spec.flags & F_ALT) !== 0);
        spec.sign = true;
        break;
      case 'c':
        str = formatChar(v);
        break;
      default: {
        const ch = spec.ch;
        const shown = ch >= 31 && ch <= 126 ? conv : '?';
        const index = cpLength(this.fmt.slice(0, this.pos - (ch > 0xffff ? 2 : 1)));
        throw new PythonError('ValueError', `unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${index}`);
      }
    }
    const result = pad(spec, str);
    if (this.dict && this.argidx < this.arglen) {
      throw new PythonError('TypeError', 'not all arguments converted during string formatting');
    }
    return result;
  }

  /** unicode_format_arg_parse: mapping key, flags, width, precision, length modifier. */
  private parse(first: number): Spec {
    const spec: Spec = { ch: first, flags: 0, width: -1, prec: -1, sign: false };
    if (first === 0x28 /* ( */) this.lookUpKey(spec);

    for (let c = this.read(); c !== null; c = this.read()) {
      spec.ch = c;
      const flag = FLAGS.get(c);
      if (flag === undefined) break;
      spec.flags |= flag;
    }

    if (spec.ch === 0x2a /* * */) {
      spec.width = this.starArg(SSIZE_MAX, 'ssize_t');
      if (spec.width < 0) {
        spec.flags |= F_LJUST;
        spec.width = -spec.width;
      }
      this.advance(spec);
    } else if (isDigit(spec.ch)) {
      spec.width = this.digits(spec, SSIZE_MAX, 'width too big');
    }

    if (spec.ch === 0x2e /* . */) {
      spec.prec = 0;
      const c = this.advance(spec);
      if (c === 0x2a) {
        spec.prec = Math.max(this.starArg(BigInt(INT_MAX), 'int'), 0);
        this.advance(spec);
      } else if (isDigit(c)) {
        spec.prec = this.digits(spec, BigInt(INT_MAX), 'precision too big');
      }
    }

    // "h", "l" and "L" (as in "%ld") are accepted and ignored.
    if (!this.exhausted && (spec.ch === 0x68 || spec.ch === 0x6c || spec.ch === 0x4c)) this.advance(spec);
    if (this.exhausted) throw new PythonError('ValueError', 'incomplete format');
    return spec;
  }

  /** Reads one more character into spec.ch if there is one; returns spec.ch. */
  private advance(spec: Spec): number {
    const c = this.read();
    if (c !== null) spec.ch = c;
    return spec.ch;
  }

  /** `%(key)`: the value for key becomes the one argument of this and later conversions. */
  private lookUpKey(spec: Spec): void {
    if (!this.dict) throw new PythonError('TypeError', 'format requires a mapping');
    this.pos++;
    const start = this.pos;
    let depth = 1; // keys may hold balanced parentheses
    while (depth > 0) {
      const c = this.read();
      if (c === null) break;
      spec.ch = c;
      if (c === 0x29) depth--;
      else if (c === 0x28) depth++;
    }
    if (depth > 0) throw new PythonError('ValueError', 'incomplete format key');
    this.args = this.dict.getItem!(this.fmt.slice(start, this.pos - 1));
    this.arglen = -1;
    this.argidx = -2;
  }

  /** A `*` width or precision: the next argument, an int within a C integer type. */
  private starArg(max: bigint, cType: string): number {
    const v = this.nextArg();
    if (v.kind !== 'int' && v.kind !== 'bool') throw new PythonError('TypeError', '* wants int');
    const n = v.kind === 'int' ? v.value : BigInt(v.value);
    if (n > max || n < -max - 1n) {
      throw new PythonError('OverflowError', `Python int too large to convert to C ${cType}`);
    }
    return Number(n);
  }

  /** A decimal width or precision whose first digit is spec.ch; leaves spec.ch on the next character. */
  private digits(spec: Spec, max: bigint, tooBig: string): number {
    let n = BigInt(spec.ch - 0x30);
    for (let c = this.read(); c !== null; c = this.read()) {
      spec.ch = c;
      if (!isDigit(c)) break;
      const d = BigInt(c - 0x30);
      if (n > (max - d) / 10n) throw new PythonError('ValueError', tooBig);
      n = n * 10n + d;
    }
    return Number(n);
  }
}

const FLAGS = new Map<number, number>([
  [0x2d, F_LJUST], // -
  [0x2b, F_SIGN], // +
  [0x20, F_BLANK], // space
  [0x23, F_ALT], // #
  [0x30, F_ZERO], // 0
]);

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `format % args` for a str format (PyUnicode_Format). Throws PythonError as CPython raises. */
export function percentFormat(format: string, args: PercentArgs): string {
  return new Formatter(format, args).run();
}
