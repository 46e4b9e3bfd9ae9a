// Fixed-precision float formatting ('e', 'f', 'g' and upper-case forms),
// matching CPython 3.12's PyOS_double_to_string (Python/pystrtod.c
// format_float_short over Python/dtoa.c _Py_dg_dtoa modes 2 and 3).
//
// dtoa rounds the exact binary value of the double to the requested number
// of digits, ties to even. JS's toFixed / toExponential / toPrecision cap the
// digit count (100) and cannot serve precisions CPython accepts, so the
// digits are computed here exactly with BigInt arithmetic on m·2^e.
import { decompose } from './libm.js';

/** Digits of a correctly rounded decimal: value = 0.DIGITS × 10^decpt, no trailing zeros. */
interface Digits {
  digits: string;
  decpt: number;
}

/** |x| as the exact fraction num/den (den a power of two). */
function exactRatio(x: number): { num: bigint; den: bigint } {
  const { m, e } = decompose(x);
  return e >= 0 ? { num: m << BigInt(e), den: 1n } : { num: m, den: 1n << BigInt(-e) };
}

/** num/den rounded to an integer, ties to even (dtoa's rounding of the last digit). */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s[end - 1] === '0') end--;
  return s.slice(0, end);
}

/** dtoa mode 3: |x| (finite, non-zero) rounded to `ndigits` places after the point. */
function fixedDigits(x: number, ndigits: number): Digits {
  const { num, den } = exactRatio(x);
  const q = roundHalfEven(num * pow10(ndigits), den);
  // dtoa answers "no digits" when the value rounds to zero; the decimal point
  // then sits just past the last requested place.
  if (q === 0n) return { digits: '', decpt: -ndigits };
  const s = q.toString();
  return { digits: stripZeros(s), decpt: s.length - ndigits };
}

/** dtoa mode 2: |x| (finite, non-zero) rounded to `ndigits` ≥ 1 significant digits. */
function significantDigits(x: number, ndigits: number): Digits {
  const { num, den } = exactRatio(x);
  // k = floor(log10 |x|): estimate in floating point, then settle exactly.
  let k = Math.floor(Math.log10(Math.abs(x)));
  const below = (k: number): boolean => (k >= 0 ? num < den * pow10(k) : num * pow10(-k) < den);
  while (below(k)) k--;
  while (!below(k + 1)) k++;
  const shift = ndigits - 1 - k; // scale so that ndigits digits stand before the point
  let q = shift >= 0 ? roundHalfEven(num * pow10(shift), den) : roundHalfEven(num, den * pow10(-shift));
  if (q === pow10(ndigits)) {
    // Rounding carried into a new leading digit (9.99 → 10.0).
    q = pow10(ndigits - 1);
    k++;
  }
  return { digits: stripZeros(q.toString()), decpt: k + 1 };
}

/**
 * PyOS_double_to_string(x, code, precision, flags) for code in `eEfFgG`, with
 * Py_DTSF_ALT as `alt` (and no sign / add-dot-0 flags: the %-operator adds
 * signs itself).
 */
export function formatFloatFixed(x: number, code: string, precision: number, alt: boolean): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const kind = code.toLowerCase();
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan'; // a NaN's sign is never shown
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (!Number.isFinite(x)) return sign + (upper ? 'INF' : 'inf');

  let d: Digits;
  if (kind === 'f') {
    d = x === 0 ? { digits: '0', decpt: 1 } : fixedDigits(x, precision);
  } else {
    // 'e' asks dtoa for one digit more than the precision; 'g' treats 0 as 1.
    const n = kind === 'e' ? precision + 1 : Math.max(precision, 1);
    if (kind === 'g') precision = n;
    d = x === 0 ? { digits: '0', decpt: 1 } : significantDigits(x, n);
  }
  return layout(d, kind, precision, alt, upper, sign);
}

/** format_float_short's layout of dtoa's digits (the "virtual digit string" slice). */
function layout(d: Digits, kind: string, precision: number, alt: boolean, upper: boolean, sign: string): string {
  const { digits } = d;
  let decpt = d.decpt;
  const n = digits.length;
  let useExp = false;
  let vEnd = n;
  if (kind === 'e') {
    useExp = true;
    vEnd = precision + 1;
  } else if (kind === 'f') {
    vEnd = decpt + precision;
  } else {
    if (decpt <= -4 || decpt > precision) useExp = true;
    if (alt) vEnd = precision;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  vEnd = Math.max(vEnd, decpt);

  let out = sign;
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= n) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (n < decpt) out += '0'.repeat(decpt - n) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - n);
  // The trailing point goes unless the alternate form asks to keep it.
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    const e = String(Math.abs(exp)).padStart(2, '0');
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + e;
  }
  return out;
}
