// The conversions of `str % args` (Objects/unicodeobject.c: mainformatlong,
// _PyUnicode_FormatLong, formatfloat, formatchar, unicode_format_arg_output)
// and the argument values they work on. percent-format.ts parses the format.
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
  /** operator.index(obj) for %o %x %X; absent or undefined: not an integer. */
  index?: () => bigint | undefined;
  /** int(obj) for %d %i %u (PyNumber_Long); absent or undefined: not a number. */
  int?: () => bigint | undefined;
  /** float(obj) for %e %f %g (PyFloat_AsDouble); absent or undefined: not a number. */
  float?: () => number | undefined;
  /** The value of a str subclass instance (for %c). */
  char?: string;
  /** For `bytes % args`: the object's bytes (buffer or __bytes__) as a latin-1 string, or undefined. */
  bytes?: () => string | undefined;
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

export const F_LJUST = 1;
export const F_SIGN = 2;
export const F_BLANK = 4;
export const F_ALT = 8;
export const F_ZERO = 16;

export const SSIZE_MAX = 2n ** 63n - 1n;
export const INT_MAX = 2 ** 31 - 1;
/** sys.get_int_max_str_digits() default: int → decimal str refuses longer results. */
const MAX_STR_DIGITS = 4300;
/** Past this V8 cannot build the string; CPython would fail to allocate it too. */
const MAX_OUTPUT = 0x1fffffe8;

export interface Spec {
  ch: number; // the conversion character's code point
  flags: number;
  width: number; // -1: none
  prec: number; // -1: none
  sign: boolean; // a numeric conversion: sign and zero padding apply
}

export function isTuple(args: PercentArgs): args is readonly PercentArg[] {
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
export function cpLength(s: string): number {
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

export function strOf(v: PercentArg, conv: 's' | 'r' | 'a'): string {
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
export function formatLong(v: PercentArg, spec: Spec, conv: string): string {
  const needsIndex = conv === 'o' || conv === 'x' || conv === 'X';
  let n: bigint;
  const converted = v.kind === 'other' ? (needsIndex ? v.index : v.int)?.() : undefined;
  if (v.kind === 'int') n = v.value;
  else if (v.kind === 'bool') n = v.value ? 1n : 0n;
  else if (v.kind === 'float' && !needsIndex) {
    // PyNumber_Long(float) truncates; its errors are not TypeErrors, so they pass through.
    const x = v.value;
    if (Number.isNaN(x)) throw new PythonError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new PythonError('OverflowError', 'cannot convert float infinity to integer');
    n = BigInt(Math.trunc(x));
  } else if (converted !== undefined) {
    n = converted;
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

/** PyFloat_AsDouble for %e %f %g (bytes formatting words the error differently). */
export function asDouble(v: PercentArg, bytesMode = false): number {
  switch (v.kind) {
    case 'float':
      return v.value;
    case 'int':
      return intToFloat(v.value);
    case 'bool':
      return v.value ? 1 : 0;
    default: {
      const x = v.kind === 'other' ? v.float?.() : undefined;
      if (x !== undefined) return x;
      throw new PythonError('TypeError', bytesMode ? `float argument required, not ${typeName(v)}` : `must be real number, not ${typeName(v)}`);
    }
  }
}

/** formatchar: %c takes a one-character str or an int code point. */
export function formatChar(v: PercentArg): string {
  const n = v.kind === 'int' ? v.value : v.kind === 'bool' ? (v.value ? 1n : 0n) : v.kind === 'other' && v.char === undefined ? v.index?.() : undefined;
  if (v.kind === 'str' || (v.kind === 'other' && v.char !== undefined)) {
    const s = v.kind === 'str' ? v.value : v.char!;
    if (cpLength(s) === 1) return s;
  } else if (n !== undefined) {
    if (n < 0n || n > 0x10ffffn) throw new PythonError('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  throw new PythonError('TypeError', '%c requires int or char');
}

/** %c of bytes formatting: an int in range(256) or a single byte. */
export function formatByteChar(v: PercentArg): string {
  if (v.kind === 'other' && v.bytes !== undefined) {
    const b = v.bytes();
    if (b !== undefined && b.length === 1) return b;
  }
  const n = v.kind === 'int' ? v.value : v.kind === 'bool' ? (v.value ? 1n : 0n) : v.kind === 'other' ? v.index?.() : undefined;
  if (n === undefined) throw new PythonError('TypeError', '%c requires an integer in range(256) or a single byte');
  if (n < 0n || n > 255n) throw new PythonError('OverflowError', '%c arg not in range(256)');
  return String.fromCharCode(Number(n));
}

/** %s / %b of bytes formatting: a bytes-like object or one with __bytes__. */
export function bytesOf(v: PercentArg): string {
  const b = v.kind === 'other' ? v.bytes?.() : undefined;
  if (b === undefined) {
    throw new PythonError('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
  }
  return b;
}

/** unicode_format_arg_output: sign, alternate-form prefix, padding, truncation. */
export function pad(spec: Spec, str: string): string {
  const { flags, prec } = spec;
  const conv = String.fromCodePoint(spec.ch);
  const fill = spec.sign && flags & F_ZERO ? '0' : ' ';
  let len = cpLength(str);
  if ((spec.width === -1 || spec.width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
    return str;
  }
  let body = str;
  if ((conv === 's' || conv === 'r' || conv === 'a' || conv === 'b') && prec >= 0 && len > prec) {
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
