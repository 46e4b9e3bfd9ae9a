// Parsing of Python's format-spec mini-language, as CPython 3.12's
// Python/formatter_unicode.c parse_internal_render_format_spec does it:
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// The spec is read by code points (a JS string may hold astral characters as
// surrogate pairs; Python counts them as one character).
import { PythonError } from './python-error.js';

/** ',' or '_' grouping; '_4' is '_' for b/o/x/X, which groups every four digits. */
export type Grouping = '' | ',' | '_' | '_4';

export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '=' | '^';
  sign: '' | '+' | '-' | ' ';
  noNegZero: boolean;
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  grouping: Grouping;
  /** -1 when not given. */
  precision: number;
  /** A single code point; '\0' is none (CPython cannot tell a NUL type char from none either). */
  type: string;
}

// The first code point of each run of ten Unicode decimal digits (general
// category Nd) in Unicode 15.0, CPython 3.12's database: Py_UNICODE_TODECIMAL
// accepts any of them in a width or precision. Taken from unicodedata.decimal;
// JS's \p{Nd} would follow Node's newer Unicode version instead.
const DECIMAL_RUNS: readonly number[] = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40,
  0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066,
  0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
  0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
  0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0,
];

/** The decimal value of a code point, or -1 if it is not a decimal digit. */
function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  for (const start of DECIMAL_RUNS) {
    if (cp < start) return -1;
    if (cp < start + 10) return cp - start;
  }
  return -1;
}

/** Splits a string into code points (lone surrogates stay as they are). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

const PY_SSIZE_T_MAX = (1n << 63n) - 1n;

/**
 * get_integer: the digits at `pos`; ValueError once the value would pass
 * PY_SSIZE_T_MAX. Returns the value and the position after the digits.
 */
function readInteger(cps: readonly string[], pos: number): { value: number; count: number } {
  let acc = 0n;
  let count = 0;
  while (pos + count < cps.length) {
    const d = decimalValue(cps[pos + count]!.codePointAt(0)!);
    if (d < 0) break;
    // CPython tests accumulator > (PY_SSIZE_T_MAX - digit) / 10 (C division).
    if (acc > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) {
      throw new PythonError('ValueError', 'Too many decimal digits in format string');
    }
    acc = acc * 10n + BigInt(d);
    count++;
  }
  // Widths past 2^53 cannot be honoured anyway (CPython would run out of memory).
  return { value: Number(acc), count };
}

const isAlign = (c: string | undefined): c is FormatSpec['align'] => c === '<' || c === '>' || c === '=' || c === '^';
const isSign = (c: string | undefined): c is '+' | '-' | ' ' => c === '+' || c === '-' || c === ' ';

/** How CPython shows a presentation type in an error: the char if printable ASCII, else `\x..`. */
export function typeForMessage(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/**
 * Parses `spec` for an object of Python type `typeName` (used in messages),
 * with the type's default presentation type and alignment.
 */
export function parseFormatSpec(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: FormatSpec['align'],
): FormatSpec {
  const cps = codePoints(spec);
  const end = cps.length;
  const out: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNegZero: false, alternate: false,
    width: -1, grouping: '', precision: -1, type: defaultType,
  };
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  if (end >= 2 && isAlign(cps[1])) {
    out.fill = cps[0]!;
    out.align = cps[1];
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (end >= 1 && isAlign(cps[0])) {
    out.align = cps[0];
    alignSpecified = true;
    pos = 1;
  }
  if (isSign(cps[pos])) out.sign = cps[pos++] as FormatSpec['sign'];
  if (cps[pos] === 'z') { out.noNegZero = true; pos++; }
  if (cps[pos] === '#') { out.alternate = true; pos++; }
  // A leading '0' means zero padding after the sign, unless a fill was given.
  if (!fillSpecified && cps[pos] === '0') {
    out.fill = '0';
    if (!alignSpecified && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const width = readInteger(cps, pos);
  if (width.count > 0) out.width = width.value;
  pos += width.count;

  let sep: '' | ',' | '_' = '';
  if (cps[pos] === ',') { sep = ','; pos++; }
  if (cps[pos] === '_') {
    if (sep !== '') throw new PythonError('ValueError', "Cannot specify both ',' and '_'.");
    sep = '_';
    pos++;
  }
  if (cps[pos] === ',' && sep === '_') throw new PythonError('ValueError', "Cannot specify both ',' and '_'.");
  if (cps[pos] === '.') {
    pos++;
    const precision = readInteger(cps, pos);
    if (precision.count === 0) throw new PythonError('ValueError', 'Format specifier missing precision');
    out.precision = precision.value;
    pos += precision.count;
  }
  if (end - pos > 1) {
    throw new PythonError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) out.type = cps[pos]!;

  if (sep !== '') {
    switch (out.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        out.grouping = sep; // PEP 378
        break;
      case 'b': case 'o': case 'x': case 'X':
        // PEP 515: '_' (not ',') is allowed here, and groups every four digits.
        if (sep === '_') { out.grouping = '_4'; break; }
        throw invalidSeparator(sep, out.type);
      default:
        throw invalidSeparator(sep, out.type);
    }
  }
  return out;
}

function invalidSeparator(grouping: ',' | '_', type: string): PythonError {
  return new PythonError('ValueError', `Cannot specify '${grouping}' with '${typeForMessage(type)}'.`);
}

/** unknown_presentation_type's error. */
export function unknownFormatCode(type: string, typeName: string): PythonError {
  return new PythonError('ValueError', `Unknown format code '${typeForMessage(type)}' for object of type '${typeName}'`);
}
