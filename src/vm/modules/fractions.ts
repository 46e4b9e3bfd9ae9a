// fractions: Fraction, an exact rational (numbers.Rational), with CPython
// 3.12's constructor forms (ints, Rationals, floats, strings like '3/4',
// '-1.5e3', '1_000/3'), mixed arithmetic (int/Fraction stay exact, float
// and complex fall back to float/complex), comparisons with floats done
// exactly, the hash CPython uses for rationals (so hash(Fraction(1, 2)) ==
// hash(0.5)), limit_denominator and the float-style __format__ of 3.12.
import { registerPythonModule } from '../import.js';

const fractionsSource = (): string => String.raw`
import math as _math
import numbers as _numbers
import re as _re

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159

_LITERAL = _re.compile(r'\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>\d*|\d+(?:_\d+)*)'
                       r'(?:/(?P<den>\d+(?:_\d+)*)|(?:\.(?P<dec>\d*|\d+(?:_\d+)*))?(?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?)\s*',
                       _re.ASCII)

_FORMAT_SPEC = _re.compile(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ]?)(?P<no_neg_zero>z)?(?P<alt>\#)?'
                           r'(?P<zeropad>0(?=[0-9]))?(?P<minimumwidth>0|[1-9][0-9]*)?(?P<thousands_sep>[,_])?'
                           r'(?:\.(?P<precision>0|[1-9][0-9]*))?(?P<presentation_type>[eEfFgG%])', _re.DOTALL)


def _new(cls, n, d):
    self = object.__new__(cls)
    self._numerator = n
    self._denominator = d
    return self


def _make(n, d):
    # Fraction(n, d) for ints, without going through the (ABCMeta) class call
    if d == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % n)
    g = _gcd(n, d)
    if d < 0:
        g = -g
    if g == 1:
        return _new(Fraction, n, d)
    return _new(Fraction, n // g, d // g)


_gcd = _math.gcd


class Fraction(_numbers.Rational):
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return _new(cls, numerator, 1)
            if isinstance(numerator, _numbers.Rational):
                return _new(cls, numerator.numerator, numerator.denominator)
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                return _new(cls, n, d)
            if isinstance(numerator, str):
                m = _LITERAL.fullmatch(numerator)
                if m is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                n = int(m.group('num') or '0')
                den = m.group('den')
                if den:
                    d = int(den)
                else:
                    d = 1
                    dec = m.group('dec')
                    if dec:
                        dec = dec.replace('_', '')
                        scale = 10 ** len(dec)
                        n = n * scale + int(dec)
                        d *= scale
                    exp = m.group('exp')
                    if exp:
                        e = int(exp)
                        if e >= 0:
                            n *= 10 ** e
                        else:
                            d *= 10 ** -e
                if m.group('sign') == '-':
                    n = -n
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif isinstance(numerator, _numbers.Rational) and isinstance(denominator, _numbers.Rational):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = _math.gcd(n, d)
        if d < 0:
            g = -g
        return _new(cls, n // g, d // g)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return _new(cls, *f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, _numbers.Integral):
            return cls(int(dec))
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # convergents p/q of the continued fraction, stopping before q exceeds the bound
        pa, qa, pb, qb = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            qn = qa + a * qb
            if qn > max_denominator:
                break
            pa, qa, pb, qb = pb, qb, pa + a * pb, qn
            n, d = d, n - a * d
        k = (max_denominator - qa) // qb
        # the best of the last convergent and the best semiconvergent
        if 2 * d * (qa + k * qb) <= self._denominator:
            return _new(Fraction, pb, qb)
        return _new(Fraction, pa + k * pb, qa + k * qb)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        m = _FORMAT_SPEC.fullmatch(format_spec)
        if m is None:
            raise ValueError('Invalid format specifier %r for object of type %r' % (format_spec, type(self).__name__))
        return _format_float_style(self, m)

    # arithmetic: exact with Rationals, float/complex otherwise
    def _coerce(self, other):
        t = type(other)
        if t is Fraction:
            return other
        if t is int or t is bool:
            return _new(Fraction, int(other), 1)
        if t is float or t is complex:
            return None
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return _new(Fraction, other, 1)
        if isinstance(other, _numbers.Rational):
            return Fraction(other.numerator, other.denominator)
        return None

    def __add__(a, b):
        f = a._coerce(b)
        if f is not None:
            return _make(a._numerator * f._denominator + f._numerator * a._denominator, a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(float(a)) + b
        return NotImplemented

    def __radd__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f + b
        if isinstance(a, _numbers.Real):
            return float(a) + float(b)
        if isinstance(a, _numbers.Complex):
            return complex(a) + complex(float(b))
        return NotImplemented

    def __sub__(a, b):
        f = a._coerce(b)
        if f is not None:
            return _make(a._numerator * f._denominator - f._numerator * a._denominator, a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(float(a)) - b
        return NotImplemented

    def __rsub__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f - b
        if isinstance(a, _numbers.Real):
            return float(a) - float(b)
        if isinstance(a, _numbers.Complex):
            return complex(a) - complex(float(b))
        return NotImplemented

    def __mul__(a, b):
        f = a._coerce(b)
        if f is not None:
            return _make(a._numerator * f._numerator, a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(float(a)) * b
        return NotImplemented

    def __rmul__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f * b
        if isinstance(a, _numbers.Real):
            return float(a) * float(b)
        if isinstance(a, _numbers.Complex):
            return complex(a) * complex(float(b))
        return NotImplemented

    def __truediv__(a, b):
        f = a._coerce(b)
        if f is not None:
            return _make(a._numerator * f._denominator, a._denominator * f._numerator)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(float(a)) / b
        return NotImplemented

    def __rtruediv__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f / b
        if isinstance(a, _numbers.Real):
            return float(a) / float(b)
        if isinstance(a, _numbers.Complex):
            return complex(a) / complex(float(b))
        return NotImplemented

    def __floordiv__(a, b):
        f = a._coerce(b)
        if f is not None:
            return (a._numerator * f._denominator) // (a._denominator * f._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f // b
        if isinstance(a, _numbers.Real):
            return float(a) // float(b)
        return NotImplemented

    def __mod__(a, b):
        f = a._coerce(b)
        if f is not None:
            da, db = a._denominator, f._denominator
            return _make((a._numerator * db) % (f._numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f % b
        if isinstance(a, _numbers.Real):
            return float(a) % float(b)
        return NotImplemented

    def __divmod__(a, b):
        f = a._coerce(b)
        if f is not None:
            da, db = a._denominator, f._denominator
            q, r = divmod(a._numerator * db, da * f._numerator)
            return q, _make(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        f = b._coerce(a)
        if f is not None:
            return divmod(f, b)
        if isinstance(a, _numbers.Real):
            return divmod(float(a), float(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                p = b.numerator
                n, d = a._numerator, a._denominator
                if p >= 0:
                    return _new(Fraction, n ** p, d ** p)
                if n > 0:
                    return _new(Fraction, d ** -p, n ** -p)
                if n == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (d ** -p))
                return _new(Fraction, (-d) ** -p, (-n) ** -p)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _new(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        return _new(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        return _new(Fraction, abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            q, r = divmod(self._numerator, d)
            if r * 2 < d or (r * 2 == d and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        r = h if self._numerator >= 0 else -h
        return -2 if r == -1 else r

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _cmp(a, b):
        # a - b's sign, or None when b is not comparable
        if isinstance(b, _numbers.Rational):
            x, y = a._numerator * b.denominator, a._denominator * b.numerator
        elif isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return ('float', b)
            x, y = a._numerator * b.as_integer_ratio()[1], a._denominator * b.as_integer_ratio()[0]
        else:
            return None
        return (x > y) - (x < y)

    def __lt__(a, b):
        c = a._cmp(b)
        if c is None:
            return NotImplemented
        return 0.0 < c[1] if type(c) is tuple else c < 0

    def __gt__(a, b):
        c = a._cmp(b)
        if c is None:
            return NotImplemented
        return 0.0 > c[1] if type(c) is tuple else c > 0

    def __le__(a, b):
        c = a._cmp(b)
        if c is None:
            return NotImplemented
        return 0.0 <= c[1] if type(c) is tuple else c <= 0

    def __ge__(a, b):
        c = a._cmp(b)
        if c is None:
            return NotImplemented
        return 0.0 >= c[1] if type(c) is tuple else c >= 0

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _round_div(n, d):
    # n / d rounded half to even (d > 0)
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _digits_fixed(n, d, prec):
    # |n/d| rounded to prec decimals: (digit string without point, exponent -prec)
    return str(_round_div(abs(n) * 10 ** prec, d))


def _digits_sci(n, d, figures):
    # |n/d| to 'figures' significant digits: (digit string, decimal exponent of the first digit)
    n = abs(n)
    if n == 0:
        return '0' * figures, 0
    e = len(str(n)) - len(str(d))
    if n * 10 ** max(0, -e) < d * 10 ** max(0, e):
        e -= 1
    shift = figures - 1 - e
    if shift >= 0:
        q = _round_div(n * 10 ** shift, d)
    else:
        q = _round_div(n, d * 10 ** -shift)
    if len(str(q)) > figures:
        q //= 10
        e += 1
    return str(q), e


def _group(intpart, sep):
    if not sep:
        return intpart
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return sep.join(reversed(out))


def _format_float_style(self, m):
    fill = m.group('fill') or ' '
    align = m.group('align') or '>'
    pos_sign = m.group('sign') or '-'
    no_neg_zero = bool(m.group('no_neg_zero'))
    alternate = bool(m.group('alt'))
    zeropad = bool(m.group('zeropad'))
    width = int(m.group('minimumwidth') or '0')
    sep = m.group('thousands_sep')
    prec = m.group('precision')
    ptype = m.group('presentation_type')
    if zeropad and not m.group('align'):
        fill, align = '0', '='
    precision = 6 if prec is None else int(prec)
    n, d = self._numerator, self._denominator
    negative = n < 0
    trim_zeros = False
    if ptype in 'gG':
        figures = max(precision, 1)
        digits, e = _digits_sci(n, d, figures)
        if -4 <= e < figures:
            ptype2 = 'f'
            precision = figures - 1 - e
        else:
            ptype2 = 'e'
            precision = figures - 1
        trim_zeros = not alternate
    else:
        ptype2 = ptype.lower() if ptype != '%' else '%'
    suffix = ''
    if ptype2 == 'e':
        digits, e = _digits_sci(n, d, precision + 1)
        intpart, frac = digits[0], digits[1:]
        suffix = '%s%+03d' % ('E' if ptype in 'EG' else 'e', e)
    else:
        if ptype2 == '%':
            n *= 100
        s = _digits_fixed(n, d, precision)
        s = s.rjust(precision + 1, '0')
        intpart, frac = s[:len(s) - precision], s[len(s) - precision:]
        if ptype2 == '%':
            suffix = '%'
    if trim_zeros:
        frac = frac.rstrip('0')
    if negative and no_neg_zero and not (intpart.strip('0') or frac.strip('0')):
        negative = False
    point = '.' if frac or alternate else ''
    sign = '-' if negative else ('' if pos_sign == '-' else pos_sign)
    body_after_int = point + frac + suffix
    if align == '=' and fill == '0' and sep:
        # zero padding takes part in digit grouping
        min_int = width - len(sign) - len(body_after_int)
        while len(_group(intpart, sep)) < min_int:
            intpart = '0' + intpart
        grouped = _group(intpart, sep)
        if len(grouped) > min_int and min_int > 0 and grouped[0] == sep:
            grouped = grouped[1:]
        intpart = grouped
        sep = None
    body = _group(intpart, sep) + body_after_int
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    half = pad // 2
    return fill * half + sign + body + fill * (pad - half)
`;

export function registerFractions(): void {
  registerPythonModule('fractions', fractionsSource);
}
