// Conversions between numbers and text for int(), float(), str(), bin(),
// oct() and hex(), as CPython 3.12 does them (Objects/longobject.c
// PyLong_FromUnicodeObject and long_to_decimal_string, Objects/floatobject.c
// PyFloat_FromString, Python/pystrtod.c, Objects/unicodeobject.c
// _PyUnicode_TransformDecimalAndSpaceToASCII).
import { bitLength } from './libm.js';
import { PythonError } from './python-error.js';
import { strRepr } from './str-repr.js';
import { DECIMAL_ZEROS_ENCODED } from './unicode-decimal-data.js';
import { decodeGaps, isSpaceUnit } from './str-index.js';

/** sys.get_int_max_str_digits() at startup; 0 means no limit. */
export const DEFAULT_MAX_STR_DIGITS = 4300;

const DECIMAL_ZEROS = decodeGaps(DECIMAL_ZEROS_ENCODED);

/** The value of a Unicode decimal digit (category Nd), or -1. */
export function decimalValue(cp: number): number {
  let lo = 0;
  let hi = DECIMAL_ZEROS.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const zero = DECIMAL_ZEROS[mid]!;
    if (cp < zero) hi = mid - 1;
    else if (cp >= zero + 10) lo = mid + 1;
    else return cp - zero;
  }
  return -1;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: characters below U+007F stay,
 * Unicode whitespace becomes ' ', decimal digits become '0'..'9'; anything else
 * ends the text with '?', which no parser accepts. (So '\x1c', whitespace to
 * str.strip, is not whitespace to int(): it is ASCII and C's isspace rejects it.)
 */
function toAscii(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x7f) out += ch;
    else if (isSpaceUnit(cp)) out += ' '; // Py_UNICODE_ISSPACE; no astral character is one
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** Py_ISSPACE: the six ASCII whitespace characters of C's isspace. */
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/** _PyLong_DigitValue: 0-9, then a/A = 10 … z/Z = 35; 37 for anything else. */
function digitValue(c: string | undefined): number {
  if (c === undefined) return 37;
  const k = c.charCodeAt(0);
  if (k >= 48 && k <= 57) return k - 48;
  if (k >= 97 && k <= 122) return k - 87;
  if (k >= 65 && k <= 90) return k - 55;
  return 37;
}

function limitExceeded(maxStrDigits: number, digits?: number): PythonError {
  const has = digits === undefined ? '' : `: value has ${digits} digits`;
  return new PythonError('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion${has}; use sys.set_int_max_str_digits() to increase the limit`);
}

/** The digits (no sign, no underscores) as a bigint; `base` is 2..36. */
function digitsToBigInt(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt('0x' + digits);
  if (base === 8) return BigInt('0o' + digits);
  if (base === 2) return BigInt('0b' + digits);
  if (base === 4 || base === 32) {
    const bits = base === 4 ? 2 : 5;
    let bin = '';
    for (const c of digits) bin += digitValue(c).toString(2).padStart(bits, '0');
    return BigInt('0b' + bin);
  }
  // Other bases: chunks of digits small enough that chunk values stay exact doubles.
  const per = Math.floor(Math.log(2 ** 48) / Math.log(base));
  let acc = 0n;
  for (let i = 0; i < digits.length; i += per) {
    const chunk = digits.slice(i, i + per);
    let v = 0;
    for (const c of chunk) v = v * base + digitValue(c);
    acc = acc * BigInt(base) ** BigInt(chunk.length) + BigInt(v);
  }
  return acc;
}

/**
 * PyLong_FromString on the ASCII text: the value (undefined for a syntax
 * error) and where parsing stopped. Like C, it treats NUL as the end of text.
 */
function longFromAscii(s: string, base: number, maxStrDigits: number): { value?: bigint; end: number } {
  const at = (i: number): string | undefined => (i < s.length && s[i] !== '\0' ? s[i] : undefined);
  let i = 0;
  while (isSpace(at(i))) i++;
  let negative = false;
  if (at(i) === '+') i++;
  else if (at(i) === '-') { negative = true; i++; }
  // Base 0 reads a prefix; a leading 0 without one is a C-style octal literal,
  // an error unless the value is zero.
  let errorIfNonzero = false;
  if (base === 0) {
    const p = at(i + 1)?.toLowerCase();
    if (at(i) !== '0') base = 10;
    else if (p === 'x') base = 16;
    else if (p === 'o') base = 8;
    else if (p === 'b') base = 2;
    else { errorIfNonzero = true; base = 10; }
  }
  const p = at(i + 1)?.toLowerCase();
  if (at(i) === '0' && ((base === 16 && p === 'x') || (base === 8 && p === 'o') || (base === 2 && p === 'b'))) {
    i += 2;
    if (at(i) === '_') i++; // one underscore may follow the prefix
  }
  // long_from_string_base: digits with single underscores between them, then only whitespace.
  const start = i;
  if (at(i) === '_') return { end: i };
  let prev: string | undefined;
  let digits = '';
  for (let c = at(i); c !== undefined && (digitValue(c) < base || c === '_'); c = at(++i)) {
    if (c === '_') {
      if (prev === '_') return { end: i - 1 };
    } else digits += c;
    prev = c;
  }
  if (prev === '_') return { end: i - 1 };
  if (i === start) return { end: i };
  while (isSpace(at(i))) i++;
  if (at(i) !== undefined) return { end: i };
  // Only bases that are not powers of two are limited (their conversion is quadratic in CPython).
  if ((base & (base - 1)) !== 0 && maxStrDigits > 0 && digits.length > maxStrDigits) throw limitExceeded(maxStrDigits, digits.length);
  const value = digitsToBigInt(digits, base);
  if (errorIfNonzero && value !== 0n) return { end: i };
  return { value: negative ? -value : value, end: i };
}

/** CPython's `%.200R`: the repr cut to its first 200 characters. */
function repr200(text: string): string {
  return Array.from(strRepr(text)).slice(0, 200).join('');
}

/**
 * `int(text, base)` for a str `text`. `base` must be 0 or 2..36 (a Python
 * int beyond the range of a double is out of range all the same).
 */
export function intFromText(text: string, base = 10, maxStrDigits = DEFAULT_MAX_STR_DIGITS): bigint {
  if ((base !== 0 && base < 2) || base > 36) throw new PythonError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const ascii = toAscii(text);
  const { value, end } = longFromAscii(ascii, base, maxStrDigits);
  // Text after a NUL is invalid, as CPython compares the end with the length.
  if (value === undefined || end !== ascii.length) {
    throw new PythonError('ValueError', `invalid literal for int() with base ${base}: ${repr200(text)}`);
  }
  return value;
}

// Python/dtoa.c _Py_dg_strtod's syntax, or _Py_parse_inf_or_nan's.
const DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INF_NAN = /^([+-]?)(?:(inf|infinity)|nan)$/i;

/** `float(text)` for a str `text`: correctly rounded, ±inf past the largest double. */
export function floatFromText(text: string): number {
  const fail = (): PythonError => new PythonError('ValueError', `could not convert string to float: ${strRepr(text)}`);
  let s = toAscii(text);
  if (s.includes('\0')) throw fail();
  // _Py_string_to_number_with_underscores: each underscore between two ASCII digits.
  if (s.includes('_')) {
    if (/(?:^|[^0-9])_|_(?:[^0-9]|$)/.test(s)) throw fail();
    s = s.replaceAll('_', '');
  }
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s[a])) a++;
  while (b > a && isSpace(s[b - 1])) b--;
  s = s.slice(a, b);
  if (DECIMAL.test(s)) return Number(s); // JS's decimal reading is correctly rounded too
  const special = INF_NAN.exec(s);
  if (special === null) throw fail();
  const value = special[2] !== undefined ? Infinity : NaN;
  return special[1] === '-' ? -value : value;
}

/** The decimal text of `n` when it has at most `maxStrDigits` digits (or there is no limit), else undefined. */
export function intToStrWithin(n: bigint, maxStrDigits: number): string | undefined {
  if (maxStrDigits <= 0) return n.toString();
  // A bigint compare looks at lengths first: a number far below the limit costs no bit count.
  const limit = powerOfTen(maxStrDigits);
  if (n < limit && n > -limit) return n.toString();
  return undefined;
}

let tenPowerExponent = -1;
let tenPower = 0n;

/** 10 ** e, kept for the last e asked (the limit rarely changes). */
function powerOfTen(e: number): bigint {
  if (e !== tenPowerExponent) {
    tenPower = 10n ** BigInt(e);
    tenPowerExponent = e;
  }
  return tenPower;
}

/** `str(n)` / `repr(n)`: ValueError past `maxStrDigits` decimal digits (0: no limit). */
export function intToStr(n: bigint, maxStrDigits = DEFAULT_MAX_STR_DIGITS): string {
  const within = intToStrWithin(n, maxStrDigits);
  if (within !== undefined) return within;
  if (maxStrDigits > 0) {
    // |n| ≥ 2^(bits-1) has more than (bits-1)·log10(2) digits: refuse before converting a huge number.
    if ((bitLength(n) - 1) * Math.LOG10E * Math.LN2 >= maxStrDigits + 1) throw limitExceeded(maxStrDigits);
    const s = n.toString();
    if (s.length - (n < 0n ? 1 : 0) > maxStrDigits) throw limitExceeded(maxStrDigits);
    return s;
  }
  return n.toString();
}

function withPrefix(n: bigint, radix: number, prefix: string): string {
  return n < 0n ? '-' + prefix + (-n).toString(radix) : prefix + n.toString(radix);
}

/** `bin(n)`: '-0b101' for -5. Power-of-two bases have no digit limit. */
export function intToBin(n: bigint): string {
  return withPrefix(n, 2, '0b');
}

/** `oct(n)`. */
export function intToOct(n: bigint): string {
  return withPrefix(n, 8, '0o');
}

/** `hex(n)`, lowercase digits. */
export function intToHex(n: bigint): string {
  return withPrefix(n, 16, '0x');
}
