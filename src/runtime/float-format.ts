// CPython 3.12's PyOS_double_to_string (Python/pystrtod.c format_float_short)
// over the digits David Gay's dtoa gives (Python/dtoa.c): the text of a float
// for the 'e', 'f', 'g' and 'r' (repr) codes, before any padding or grouping.
//
// dtoa's modes 2 and 3 are correctly rounded, ties to even on the exact binary
// value. JS's toFixed/toExponential round ties away from zero and stop at 100
// digits, so the digits are computed exactly with BigInt instead.
import { shortestDigits } from './float-repr.js';
import { PythonError } from './python-error.js';

const INT_MAX = 2147483647;

/**
 * V8's longest string. CPython raises MemoryError only when the allocation
 * fails, which depends on the machine; here it is raised past this length.
 */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** MemoryError (as CPython has it: no message) for a result longer than a JS string can be. */
export function checkLength(n: number): void {
  if (n > MAX_STRING_LENGTH) throw new PythonError('MemoryError', '');
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** A finite x > 0 as the exact fraction num / den. */
function toFraction(x: number): { num: bigint; den: bigint } {
  f64[0] = x;
  const bits = u64[0]!;
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  const m = expBits === 0 ? frac : frac | (1n << 52n);
  const e = expBits === 0 ? -1074 : expBits - 1075;
  return e >= 0 ? { num: m << BigInt(e), den: 1n } : { num: m, den: 1n << BigInt(-e) };
}

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** a / b rounded to the nearest integer, ties to even (a, b > 0). */
function divRoundHalfEven(a: bigint, b: bigint): bigint {
  const q = a / b;
  const twice = 2n * (a % b);
  if (twice > b || (twice === b && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** num/den compared with 10^k: negative, zero or positive. */
function comparePow10(num: bigint, den: bigint, k: number): number {
  const [l, r] = k >= 0 ? [num, den * pow10(k)] : [num * pow10(-k), den];
  return l < r ? -1 : l > r ? 1 : 0;
}

interface Digits {
  /** Digits without trailing zeros; '' when mode 3 rounds to zero. */
  digits: string;
  /** The value is 0.DIGITS × 10^decpt. */
  decpt: number;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '0') end--;
  return s.slice(0, end);
}

/**
 * _Py_dg_dtoa(x, mode, ndigits) for finite x > 0: mode 0 the shortest
 * round-trip digits, mode 2 `ndigits` significant digits, mode 3 `ndigits`
 * digits after the decimal point.
 */
function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  if (mode === 0) return shortestDigits(x);
  const { num, den } = toFraction(x);
  if (mode === 3) {
    // x × 10^1074 is an integer for every double: more digits only add zeros.
    const n = Math.min(ndigits, 1080);
    const q = divRoundHalfEven(num * pow10(n), den);
    if (q === 0n) return { digits: '', decpt: -ndigits };
    const s = q.toString();
    return { digits: stripZeros(s), decpt: s.length - n };
  }
  // A double has at most 767 significant digits: more only add zeros. And
  // dtoa reads ndigits <= 0 as 1 (see doubleToString's 'e' at INT_MAX).
  ndigits = Math.max(1, Math.min(ndigits, 800));
  // k = floor(log10(x)), estimated in floating point and then made exact.
  let k = Math.floor(Math.log10(x));
  while (comparePow10(num, den, k) < 0) k--;
  while (comparePow10(num, den, k + 1) >= 0) k++;
  const shift = k + 1 - ndigits;
  let q = shift >= 0 ? divRoundHalfEven(num, den * pow10(shift)) : divRoundHalfEven(num * pow10(-shift), den);
  if (q === pow10(ndigits)) {
    // Rounded up to the next power of ten (9.99 → 10.0).
    q = pow10(ndigits - 1);
    k++;
  }
  return { digits: stripZeros(q.toString()), decpt: k + 1 };
}

export interface DoubleToStringFlags {
  /** Py_DTSF_ADD_DOT_0: an integral result without exponent gets '.0'. */
  addDot0?: boolean;
  /** Py_DTSF_ALT: '#', keep the decimal point (and trailing zeros for 'g'). */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z', a result that rounds to zero loses its minus sign. */
  noNegZero?: boolean;
}

/**
 * PyOS_double_to_string(x, code, precision, flags) for code in e E f F g G r
 * (r takes precision 0).
 */
export function doubleToString(x: number, code: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision: number, flags: DoubleToStringFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const fmt = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  let mode: 0 | 2 | 3;
  // C's precision++ wraps at INT_MAX: CPython gives format(1.0, '.2147483647e') == '1e+00'.
  if (fmt === 'e') { mode = 2; precision = precision === INT_MAX ? -INT_MAX - 1 : precision + 1; }
  else if (fmt === 'f') mode = 3;
  else if (fmt === 'g') { mode = 2; if (precision === 0) precision = 1; }
  else mode = 0;
  const addDot0 = flags.addDot0 ?? false;
  const alt = flags.alt ?? false;

  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan'; // a NaN's sign is never shown
  let negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return (negative ? '-' : '') + (upper ? 'INF' : 'inf');
  // dtoa gives "0" with decpt 1 for a zero, whatever the mode.
  const { digits, decpt: decpt0 } = x === 0 ? { digits: '0', decpt: 1 } : dtoa(Math.abs(x), mode, precision);
  if (flags.noNegZero && negative && (digits === '' || digits === '0')) negative = false;

  // Output the slice vdigits[vdigitsStart:vdigitsEnd] of the digits padded
  // with zeros on both sides, with a decimal point at decpt.
  const nDigits = digits.length;
  let decpt = decpt0;
  let vdigitsEnd = nDigits;
  let useExp = false;
  switch (fmt) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      // repr switches to exponent notation at 1e16.
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  checkLength(vdigitsEnd - vdigitsStart);
  let s = negative ? '-' : '';
  if (decpt <= 0) s += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  else s += '0'.repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= nDigits) s += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else s += digits;
  if (nDigits < decpt) s += '0'.repeat(decpt - nDigits) + '.' + '0'.repeat(vdigitsEnd - decpt);
  else s += '0'.repeat(vdigitsEnd - nDigits);
  if (s.endsWith('.') && !alt) s = s.slice(0, -1);
  if (useExp) {
    const e = String(Math.abs(exp)).padStart(2, '0');
    s += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + e;
  }
  return s;
}
