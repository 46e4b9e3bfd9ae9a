// float.hex, float.fromhex, float.as_integer_ratio, float.is_integer and the
// int methods bit_length / bit_count / as_integer_ratio, exactly as CPython
// 3.12 (Objects/floatobject.c, Objects/longobject.c). Floats are worked on
// through their bit patterns and bigints so that no step rounds twice.
import { PythonError } from './python-error.js';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

function bitsOf(x: number): bigint {
  f64[0] = x;
  return u64[0]!;
}

function fromBits(bits: bigint): number {
  u64[0] = bits;
  return f64[0]!;
}

/** float.hex(): 13 hex digits after the point always, exponent always signed. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const bits = bitsOf(x);
  const sign = bits >> 63n ? '-' : '';
  const biased = Number((bits >> 52n) & 0x7ffn);
  const mant = (bits & 0xfffffffffffffn).toString(16).padStart(13, '0');
  // Zero is special-cased by CPython as 0x0.0p+0 (one digit, not thirteen).
  if (biased === 0 && mant === '0000000000000') return `${sign}0x0.0p+0`;
  // Subnormals keep the minimum exponent with a leading 0, like CPython.
  const lead = biased === 0 ? '0' : '1';
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${mant}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

// Py_ISSPACE: the ASCII whitespace set of pyctype.h.
const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';

function hexValue(c: string | undefined): number {
  if (c === undefined) return -1;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

const PARSE_ERROR = 'invalid hexadecimal floating-point string';
const OVERFLOW = 'hexadecimal value too large to represent as a float';

/** Parses inf/infinity/nan with an optional sign like _Py_parse_inf_or_nan; null if none. */
function parseInfOrNan(s: string, pos: number): [number, number] | null {
  let p = pos;
  let negate = false;
  if (s[p] === '-') { negate = true; p++; } else if (s[p] === '+') p++;
  const rest = s.slice(p).toLowerCase();
  if (rest.startsWith('inf')) {
    p += rest.startsWith('infinity') ? 8 : 3;
    return [negate ? -Infinity : Infinity, p];
  }
  if (rest.startsWith('nan')) {
    // CPython keeps the sign on NaN ("-nan" has its sign bit set).
    return [fromBits(negate ? 0xfff8000000000000n : 0x7ff8000000000000n), p + 3];
  }
  return null;
}

/** float.fromhex(s). */
export function floatFromHex(s: string): number {
  // CPython works on the UTF-8 encoding, which fails for lone surrogates.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) { i++; continue; }
      const cp = [...s.slice(0, i)].length;
      throw new PythonError('UnicodeEncodeError',
        `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${cp}: surrogates not allowed`);
    }
  }
  let p = 0;
  while (isSpace(s[p])) p++;
  let x: number;
  const special = parseInfOrNan(s, p);
  if (special !== null) {
    [x, p] = special;
  } else {
    let negate = false;
    if (s[p] === '-') { negate = true; p++; } else if (s[p] === '+') p++;
    if (s[p] === '0' && (s[p + 1] === 'x' || s[p + 1] === 'X')) p += 2;
    // Collect the hex digits of the coefficient, noting how many follow the point.
    let digits = '';
    while (hexValue(s[p]) >= 0) digits += s[p++];
    let fdigits = 0;
    if (s[p] === '.') {
      p++;
      while (hexValue(s[p]) >= 0) { digits += s[p++]; fdigits++; }
    }
    if (digits.length === 0) throw new PythonError('ValueError', PARSE_ERROR);
    let exp = 0n;
    if (s[p] === 'p' || s[p] === 'P') {
      p++;
      const start = p;
      if (s[p] === '-' || s[p] === '+') p++;
      if (!(s[p]! >= '0' && s[p]! <= '9')) throw new PythonError('ValueError', PARSE_ERROR);
      while (s[p]! >= '0' && s[p]! <= '9') p++;
      exp = BigInt(s.slice(start, p));
      // strtol saturates at LONG_MIN / LONG_MAX; the outcome (0 or overflow) is the same.
    }
    const m = BigInt('0x' + digits);
    exp -= 4n * BigInt(fdigits);
    x = m === 0n ? 0 : roundToDouble(m, exp);
    if (negate) x = -x;
  }
  while (isSpace(s[p])) p++;
  if (p !== s.length) throw new PythonError('ValueError', PARSE_ERROR);
  return x;
}

/** m * 2**exp (m > 0) correctly rounded, half to even; OverflowError past the largest double. */
function roundToDouble(m: bigint, exp: bigint): number {
  const topExp = exp + BigInt(m.toString(2).length); // value < 2**topExp
  if (topExp < -1074n) return 0; // below half the smallest subnormal
  if (topExp > 1024n) throw new PythonError('OverflowError', OVERFLOW);
  // lsb: exponent of the last bit kept (53 bits, fewer for subnormals).
  const lsb = (topExp > -1021n ? topExp : -1021n) - 53n;
  let q: bigint;
  if (exp >= lsb) {
    q = m << (exp - lsb);
  } else {
    const shift = lsb - exp;
    q = m >> shift;
    const rem = m & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  if (q === 1n << 53n && lsb === 971n) throw new PythonError('OverflowError', OVERFLOW);
  // q has at most 54 bits and lsb >= -1074: two exact scalings (2**lsb alone may overflow).
  const l = Number(lsb);
  return Number(q) * 2 ** Math.floor(l / 2) * 2 ** (l - Math.floor(l / 2));
}

/** float.as_integer_ratio(): the exact fraction in lowest terms, denominator a power of two. */
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw new PythonError('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new PythonError('OverflowError', 'cannot convert Infinity to integer ratio');
  const bits = bitsOf(x);
  const biased = (bits >> 52n) & 0x7ffn;
  let mant = bits & 0xfffffffffffffn;
  if (biased !== 0n) mant |= 1n << 52n;
  let exp = (biased === 0n ? 1n : biased) - 1075n;
  if (mant === 0n) return [0n, 1n];
  while ((mant & 1n) === 0n && exp < 0n) { mant >>= 1n; exp++; }
  if (bits >> 63n) mant = -mant;
  return exp >= 0n ? [mant << exp, 1n] : [mant, 1n << -exp];
}

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** int.bit_length(): bits of abs(n), 0 for 0. */
export function intBitLength(n: bigint): bigint {
  if (n === 0n) return 0n;
  return BigInt((n < 0n ? -n : n).toString(2).length);
}

/** int.bit_count(): ones in the binary form of abs(n). */
export function intBitCount(n: bigint): bigint {
  let count = 0n;
  for (const c of (n < 0n ? -n : n).toString(2)) if (c === '1') count++;
  return count;
}

/** int.as_integer_ratio(). */
export function intAsIntegerRatio(n: bigint): [bigint, bigint] {
  return [n, 1n];
}
