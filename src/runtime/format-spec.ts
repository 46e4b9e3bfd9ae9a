// format(value, spec) for int, bool, float and str, exactly as CPython 3.12's
// int.__format__, float.__format__ and str.__format__ (Python/formatter_unicode.c).
// complex.__format__ is not implemented.
//
// 'n' uses the C locale, which is what CPython has unless the program calls
// locale.setlocale(LC_NUMERIC, ...): '.' as decimal point and no grouping.
import { checkLength, doubleToString } from './float-format.js';
import { floatRepr } from './float-repr.js';
import { type FormatSpec, type Grouping, codePoints, parseFormatSpec, unknownFormatCode } from './format-spec-parse.js';
import { intToFloat } from './numeric.js';
import { PythonError } from './python-error.js';

/**
 * _PyUnicode_InsertThousandsGrouping: `digits` with a separator between groups
 * of `groupLen` (0: no grouping), padded with zeros up to `minWidth` characters
 * (zero padding from a '0' fill with '=' alignment also gets separators).
 */
function groupDigits(digits: string, minWidth: number, groupLen: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let out = '';
  let useSep = false;
  // One group, right to left: zeros if the digits have run out, then digits, then the separator.
  const take = (len: number): void => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    out = '0'.repeat(zeros) + digits.slice(remaining - chars, remaining) + (useSep ? sep : '') + out;
    useSep = true;
    remaining -= chars;
  };
  if (groupLen > 0) {
    for (;;) {
      const len = Math.min(groupLen, Math.max(remaining, minWidth, 1));
      take(len);
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) return out;
      minWidth -= sep.length;
    }
  }
  take(Math.max(remaining, minWidth, 1));
  return out;
}

/** The parts of a formatted number, as calc_number_widths sees them. */
interface NumberParts {
  /** '-' if the number is negative. */
  signChar: '' | '-';
  /** '0x' and the like. */
  prefix: string;
  /** The digits to group (the integer part). */
  digits: string;
  hasDecimal: boolean;
  /** What follows the digits and decimal point: fraction, exponent, '%', 'inf', a 'c' character. */
  remainder: string;
  /** For 'X': the prefix and digits are upper-cased. */
  upper: boolean;
}

function groupingOf(grouping: Grouping): { len: number; sep: string } {
  switch (grouping) {
    case ',': return { len: 3, sep: ',' };
    case '_': return { len: 3, sep: '_' };
    case '_4': return { len: 4, sep: '_' };
    case '': return { len: 0, sep: '' };
  }
}

/** calc_number_widths + fill_number: sign, prefix, padding and grouping. */
function layoutNumber(p: NumberParts, f: FormatSpec, grouping: Grouping): string {
  let sign = '';
  if (f.sign === '+') sign = p.signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = p.signChar === '-' ? '-' : ' ';
  else sign = p.signChar;
  const nNonDigit = sign.length + p.prefix.length + (p.hasDecimal ? 1 : 0) + codePoints(p.remainder).length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nNonDigit : 0;
  checkLength(minWidth);
  const { len, sep } = groupingOf(grouping);
  let grouped = p.digits.length === 0 ? '' : groupDigits(p.digits, minWidth, len, sep);
  let prefix = p.prefix;
  if (p.upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = f.width - (nNonDigit + grouped.length);
  checkLength(Math.max(f.width, nNonDigit + grouped.length));
  let lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    if (f.align === '<') rpad = padding;
    else if (f.align === '^') { lpad = Math.floor(padding / 2); rpad = padding - lpad; }
    else if (f.align === '=') spad = padding;
    else lpad = padding;
  }
  return f.fill.repeat(lpad) + sign + prefix + f.fill.repeat(spad) + grouped +
    (p.hasDecimal ? '.' : '') + p.remainder + f.fill.repeat(rpad);
}

const C_LONG_MIN = -(1n << 63n);
const C_LONG_MAX = (1n << 63n) - 1n;

/** format_long_internal: the integer presentation types b c d o x X n. */
function formatIntInternal(value: bigint, f: FormatSpec): string {
  if (f.precision !== -1) throw new PythonError('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) {
    throw new PythonError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (f.type === 'c') {
    if (f.sign !== '') throw new PythonError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) {
      throw new PythonError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    // PyLong_AsLong first, then formatchar's range check.
    if (value < C_LONG_MIN || value > C_LONG_MAX) {
      throw new PythonError('OverflowError', 'Python int too large to convert to C long');
    }
    if (value < 0n || value > 0x10ffffn) throw new PythonError('OverflowError', '%c arg not in range(0x110000)');
    // The character is laid out as a "remainder": never grouped or zero-filled.
    const ch = String.fromCodePoint(Number(value));
    return layoutNumber({ signChar: '', prefix: '', digits: '', hasDecimal: false, remainder: ch, upper: false }, f, f.grouping);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const prefix = f.alternate && base !== 10 ? `0${f.type === 'X' ? 'x' : f.type}` : '';
  const negative = value < 0n;
  return layoutNumber({
    signChar: negative ? '-' : '',
    prefix,
    digits: (negative ? -value : value).toString(base),
    hasDecimal: false,
    remainder: '',
    upper: f.type === 'X',
  }, f, f.type === 'n' ? '' : f.grouping);
}

const INT_MAX = 2147483647;

/** format_float_internal: e E f F g G n % and no type. */
function formatFloatInternal(value: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) throw new PythonError('ValueError', 'precision too big');
  let type = f.type;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '\0') {
    // No type: like repr, or like 'g' with at least one digit after the point when a precision is given.
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = '';
  if (type === '%') {
    type = 'f';
    value *= 100;
    pct = '%';
  }
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(value, type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision, {
    addDot0, alt: f.alternate, noNegZero: f.noNegZero,
  }) + pct;
  let signChar: '' | '-' = '';
  if (buf.startsWith('-')) {
    signChar = '-';
    buf = buf.slice(1);
  }
  // parse_number: the leading digits are grouped; a '.' right after them is the decimal point.
  let nInt = 0;
  while (nInt < buf.length && buf[nInt]! >= '0' && buf[nInt]! <= '9') nInt++;
  const hasDecimal = buf[nInt] === '.';
  return layoutNumber({
    signChar,
    prefix: '',
    digits: buf.slice(0, nInt),
    hasDecimal,
    remainder: buf.slice(nInt + (hasDecimal ? 1 : 0)),
    upper: false,
  }, f, f.type === 'n' ? '' : f.grouping);
}

function formatIntNamed(value: bigint, spec: string, typeName: string): string {
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntInternal(value, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(intToFloat(value), f);
    default:
      throw unknownFormatCode(f.type, typeName);
  }
}

/** `format(value, spec)` for an int. */
export function formatInt(value: bigint, spec: string): string {
  if (spec === '') return value.toString();
  return formatIntNamed(value, spec, 'int');
}

/** `format(value, spec)` for a bool: str() for an empty spec, else as the int 0 or 1 (errors name 'bool'). */
export function formatBool(value: boolean, spec: string): string {
  if (spec === '') return value ? 'True' : 'False';
  return formatIntNamed(value ? 1n : 0n, spec, 'bool');
}

/** `format(value, spec)` for a float. */
export function formatFloat(value: number, spec: string): string {
  if (spec === '') return floatRepr(value);
  const f = parseFormatSpec(spec, 'float', '\0', '>');
  switch (f.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatInternal(value, f);
    default:
      throw unknownFormatCode(f.type, 'float');
  }
}

/** `format(value, spec)` for a str: widths and precision count code points. */
export function formatStr(value: string, spec: string): string {
  if (spec === '') return value;
  const f = parseFormatSpec(spec, 'str', 's', '<');
  if (f.type !== 's') throw unknownFormatCode(f.type, 'str');
  if (f.sign === ' ') throw new PythonError('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') throw new PythonError('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNegZero) {
    throw new PythonError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (f.alternate) throw new PythonError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new PythonError('ValueError', "'=' alignment not allowed in string format specifier");
  let cps = codePoints(value);
  if (f.precision >= 0 && cps.length > f.precision) cps = cps.slice(0, f.precision);
  const total = Math.max(f.width, cps.length);
  checkLength(total);
  const lpad = f.align === '>' ? total - cps.length : f.align === '^' ? Math.floor((total - cps.length) / 2) : 0;
  const rpad = total - cps.length - lpad;
  return f.fill.repeat(lpad) + cps.join('') + f.fill.repeat(rpad);
}
