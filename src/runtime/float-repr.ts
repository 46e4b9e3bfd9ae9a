// repr() of Python floats and complex numbers, matching CPython 3.12
// (Objects/floatobject.c float_repr, Objects/complexobject.c complex_repr,
// Python/pystrtod.c format_float_short with mode 'r').
//
// Both JS and CPython produce the *shortest* decimal digit string that reads
// back as the same double (ties resolved to the closest candidate), so the
// digits are taken from JS's Number → string conversion and only the layout
// is redone the CPython way.

/** Shortest round-trip digits of a finite, non-zero |x|: value = 0.DIGITS × 10^decpt. */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  const s = String(Math.abs(x));
  let mantissa = s;
  let exp = 0;
  const e = s.indexOf('e');
  if (e >= 0) {
    mantissa = s.slice(0, e);
    exp = Number(s.slice(e + 1));
  }
  const dot = mantissa.indexOf('.');
  let digits = dot >= 0 ? mantissa.slice(0, dot) + mantissa.slice(dot + 1) : mantissa;
  let decpt = (dot >= 0 ? dot : mantissa.length) + exp;
  let lead = 0;
  while (lead < digits.length - 1 && digits[lead] === '0') lead++;
  digits = digits.slice(lead);
  decpt -= lead;
  let end = digits.length;
  while (end > 1 && digits[end - 1] === '0') end--;
  digits = digits.slice(0, end);
  return { digits, decpt };
}

/**
 * CPython's PyOS_double_to_string(x, 'r', 0, flags): `addDot0` is
 * Py_DTSF_ADD_DOT_0 (float repr), `sign` is Py_DTSF_SIGN (always a sign).
 */
function formatR(x: number, addDot0: boolean, sign: boolean): string {
  if (Number.isNaN(x)) return sign ? '+nan' : 'nan'; // CPython never shows a NaN's sign
  const neg = x < 0 || Object.is(x, -0);
  const signStr = neg ? '-' : sign ? '+' : '';
  if (!Number.isFinite(x)) return signStr + 'inf';
  if (x === 0) return signStr + (addDot0 ? '0.0' : '0');
  const { digits, decpt } = shortestDigits(x);
  const n = digits.length;
  // repr uses exponent notation when the decimal exponent (decpt - 1) is < -4 or >= 16.
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mant = n > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const expAbs = String(Math.abs(exp)).padStart(2, '0');
    return `${signStr}${mant}e${exp < 0 ? '-' : '+'}${expAbs}`;
  }
  let body: string;
  if (decpt <= 0) {
    body = '0.' + '0'.repeat(-decpt) + digits;
  } else if (decpt >= n) {
    body = digits + '0'.repeat(decpt - n) + (addDot0 ? '.0' : '');
  } else {
    body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  return signStr + body;
}

/** Python's `repr(float)`. */
export function floatRepr(x: number): string {
  return formatR(x, true, false);
}

/** Python's `repr(complex(real, imag))`. */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) {
    // Real part is +0.0: only the imaginary part, no parentheses.
    return formatR(imag, false, false) + 'j';
  }
  return `(${formatR(real, false, false)}${formatR(imag, false, true)}j)`;
}
