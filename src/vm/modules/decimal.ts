// decimal: Decimal as (sign, coefficient, exponent) or a special value
// (Infinity, NaN, sNaN), with contexts (prec, rounding, flags, traps;
// getcontext/setcontext/localcontext), correctly rounded + - * / // % **
// (integer powers), sqrt, quantize, normalize, comparisons and hashing
// consistent with int/float, str/repr in the to-scientific-string form, and
// __format__ for the usual presentation types. Signals raise as the C
// module does: InvalidOperation([<class 'decimal.ConversionSyntax'>]).
import { registerPythonModule } from '../import.js';
import { HIDDEN_FRAME_FILES } from '../traceback.js';

const decimalSource = (): string => String.raw`
import math as _math
import numbers as _numbers
from _etpy_stdlib import set_tp_name as _set_tp_name
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNAL_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
                 Subnormal, Underflow]
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    pass


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        dc = _default_template
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = dict.fromkeys(_SIGNAL_ORDER, False)
        if flags is not None:
            for f in flags:
                self.flags[f] = True
        if traps is None:
            if dc:
                self.traps = dict(dc.traps)
            else:
                self.traps = dict.fromkeys(_SIGNAL_ORDER, False)
                for t in (InvalidOperation, DivisionByZero, Overflow):
                    self.traps[t] = True
        elif isinstance(traps, dict):
            self.traps = dict.fromkeys(_SIGNAL_ORDER, False)
            self.traps.update(traps)
        else:
            self.traps = dict.fromkeys(_SIGNAL_ORDER, False)
            for t in traps:
                self.traps[t] = True

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name not in ('Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNAL_ORDER if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNAL_ORDER if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(flags), ', '.join(traps)))

    def clear_flags(self):
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in self.traps:
            self.traps[k] = False

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        c.flags = dict(self.flags)
        c.traps = dict(self.traps)
        return c

    __copy__ = copy

    def _raise(self, cond):
        sig = _SIGNAL_OF.get(cond, cond)
        self.flags[sig] = True
        if self.traps.get(sig):
            raise sig([cond])

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        d = Decimal(num, self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def add(self, a, b):
        return _conv(a, True).__add__(b, self)

    def subtract(self, a, b):
        return _conv(a, True).__sub__(b, self)

    def multiply(self, a, b):
        return _conv(a, True).__mul__(b, self)

    def divide(self, a, b):
        return _conv(a, True).__truediv__(b, self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(self)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(b, modulo, self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(b, context=self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)


_default_template = None
DefaultContext = Context()
_default_template = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
BasicContext.traps = dict.fromkeys(_SIGNAL_ORDER, False)
for _t in (Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow):
    BasicContext.traps[_t] = True
ExtendedContext = Context(prec=9)
ExtendedContext.traps = dict.fromkeys(_SIGNAL_ORDER, False)
_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    mgr = _ContextManager(ctx)
    for k, v in kwargs.items():
        setattr(mgr.new_context, k, v)
    return mgr


def _conv(v, raise_=False):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    if raise_:
        raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)
    return NotImplemented


def _round_int(sign, coeff, drop, rounding):
    # coeff with its last 'drop' digits removed, rounded by the mode.
    if drop <= 0:
        return coeff * 10 ** (-drop)
    p = 10 ** drop
    q, r = divmod(coeff, p)
    if r == 0:
        return q
    half = p // 2
    if rounding == ROUND_DOWN:
        inc = False
    elif rounding == ROUND_UP:
        inc = True
    elif rounding == ROUND_HALF_UP:
        inc = r >= half
    elif rounding == ROUND_HALF_DOWN:
        inc = r > half
    elif rounding == ROUND_HALF_EVEN:
        inc = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        inc = sign == 0
    elif rounding == ROUND_FLOOR:
        inc = sign == 1
    else:
        inc = q % 10 in (0, 5)
    return q + 1 if inc else q


def _ndigits(n):
    return len(str(n)) if n else 1


_P = 2 ** 61 - 1
_P10INV = pow(10, _P - 2, _P)


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, str):
            # the C module drops every underscore
            s = value.strip().replace('_', '')
            sign = 0
            if s[:1] in ('+', '-'):
                sign = 1 if s[0] == '-' else 0
                s = s[1:]
            low = s.lower()
            if low in ('inf', 'infinity'):
                return _special(cls, sign, 'F')
            if low.startswith('nan') or low.startswith('snan'):
                kind = 'n' if low.startswith('nan') else 'N'
                payload = low[3:] if kind == 'n' else low[4:]
                if payload == '' or payload.isdigit() and payload.isascii():
                    return _special(cls, sign, kind, int(payload) if payload else 0)
                s = '#'
            mant, e, ex = low.partition('e')
            ip, dot, fp = mant.partition('.')
            ok = (ip + fp) != '' and (ip == '' or ip.isdigit()) and (fp == '' or fp.isdigit())
            if e:
                exs = ex[1:] if ex[:1] in ('+', '-') else ex
                ok = ok and exs.isdigit()
            if not ok:
                getcontext()._raise(ConversionSyntax)
                return _special(cls, 0, 'n')
            self._sign = sign
            self._int = int(ip + fp) if ip + fp else 0
            self._exp = (int(ex) if e else 0) - len(fp)
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._special = value._special
            return self
        if isinstance(value, float):
            getcontext().flags[FloatOperation] = True
            return cls.from_float(value)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                return _special(cls, sign, 'F')
            if exp in ('n', 'N'):
                return _special(cls, sign, exp, int(''.join(map(str, digits))) if digits else 0)
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
            self._sign = sign
            self._int = int(''.join(map(str, digits))) if digits else 0
            self._exp = exp
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if _math.isinf(f):
            return _special(cls, 1 if f < 0 else 0, 'F')
        if _math.isnan(f):
            return _special(cls, 0, 'n')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        self = object.__new__(cls)
        self._special = ''
        self._sign = sign
        self._int = n * 5 ** k
        self._exp = -k
        return self

    # ----- helpers
    def _is_special(self):
        return self._special != ''

    def _fix(self, context):
        if self._special:
            return self
        coeff = self._int
        exp = self._exp
        prec = context.prec
        etiny = context.Emin - prec + 1
        if not coeff:
            # a zero keeps its exponent within [Etiny, Emax]
            if exp < etiny:
                context._raise(Clamped)
                return _triple(self._sign, 0, etiny)
            if exp > context.Emax:
                context._raise(Clamped)
                return _triple(self._sign, 0, context.Emax)
            return self
        nd = _ndigits(coeff)
        adj = exp + nd - 1
        if adj < context.Emin:
            # subnormal: no digits below Etiny
            drop = max(nd - prec, etiny - exp)
        else:
            drop = nd - prec
        if drop > 0:
            new = _round_int(self._sign, coeff, drop, context.rounding)
            inexact = new * 10 ** drop != coeff
            exp += drop
            if _ndigits(new) > prec:
                new //= 10
                exp += 1
            coeff = new
        else:
            inexact = False
            drop = 0
        if coeff and exp + _ndigits(coeff) - 1 > context.Emax:
            context._raise(Overflow)
            context._raise(Inexact)
            context._raise(Rounded)
            r = context.rounding
            up = r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                (r == ROUND_CEILING and not self._sign) or (r == ROUND_FLOOR and self._sign)
            if up:
                return _special(Decimal, self._sign, 'F')
            return _triple(self._sign, 10 ** prec - 1, context.Emax - prec + 1)
        if adj < context.Emin:
            context._raise(Subnormal)
            if inexact:
                context._raise(Underflow)
            if not coeff:
                context._raise(Clamped)
        if drop > 0:
            if inexact:
                context._raise(Inexact)
            context._raise(Rounded)
        return _triple(self._sign, coeff, exp)

    def _nan_result(self, other, context):
        # a payload keeps at most prec - clamp digits (the last ones)
        for x in (self, other):
            if x is not None and x._special == 'N':
                context._raise(InvalidOperation)
                return _special(Decimal, x._sign, 'n', x._int % 10 ** (context.prec - context.clamp))
        for x in (self, other):
            if x is not None and x._special == 'n':
                if x._int >= 10 ** (context.prec - context.clamp):
                    return _special(Decimal, x._sign, 'n', x._int % 10 ** (context.prec - context.clamp))
                return x
        return None

    # ----- conversions
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + payload
        coeff = str(self._int)
        exp = self._exp
        leftdigits = exp + len(coeff)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            e = 'E' + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def as_tuple(self):
        if self._special:
            digits = tuple(map(int, str(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits if self._special != 'F' else (0,), self._special)
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** (-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __int__(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._special == 'F':
                return float('-inf') if self._sign else float('inf')
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __hash__(self):
        if self._special:
            if self._special == 'F':
                return -314159 if self._sign else 314159
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            return object.__hash__(self)
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _P)
        else:
            exp_hash = pow(_P10INV, -self._exp, _P)
        h = self._int * exp_hash % _P
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return not self._special and self._int != 0

    def copy_abs(self):
        return _copy(self, 0)

    def copy_negate(self):
        return _copy(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        return _copy(self, _conv(other, True)._sign)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # ----- comparisons
    def _cmp_key(self):
        # (value as a fraction) for finite numbers
        if self._exp >= 0:
            return (-1 if self._sign else 1) * self._int * 10 ** self._exp, 1
        return (-1 if self._sign else 1) * self._int, 10 ** (-self._exp)

    def _compare(self, other, op):
        if isinstance(other, Decimal):
            o = other
        elif isinstance(other, int):
            o = Decimal(other)
        elif isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            if op not in ('eq', 'ne') and getcontext().traps.get(FloatOperation):
                getcontext()._raise(FloatOperation)
            o = Decimal.from_float(other)
        else:
            try:
                from fractions import Fraction
            except ImportError:
                Fraction = None
            if Fraction is not None and isinstance(other, Fraction):
                if self._special:
                    o = None
                else:
                    n, d = self._cmp_key()
                    a, b = n * other.denominator, d * other.numerator
                    return (a > b) - (a < b)
            return NotImplemented
        if self.is_nan() or o.is_nan():
            if op in ('eq', 'ne'):
                return None
            getcontext()._raise(InvalidOperation)
            return None
        if self._special == 'F' or o._special == 'F':
            a = (-1 if self._sign else 1) if self._special == 'F' else 0
            b = (-1 if o._sign else 1) if o._special == 'F' else 0
            if a == b == 0:
                return 0
            return (a > b) - (a < b) if (a or b) else 0
        n1, d1 = self._cmp_key()
        n2, d2 = o._cmp_key()
        x, y = n1 * d2, n2 * d1
        return (x > y) - (x < y)

    def __eq__(self, other):
        c = self._compare(other, 'eq')
        if c is NotImplemented:
            return c
        return c == 0 if c is not None else False

    def __ne__(self, other):
        c = self._compare(other, 'ne')
        if c is NotImplemented:
            return c
        return c != 0 if c is not None else True

    def __lt__(self, other):
        c = self._compare(other, 'lt')
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._compare(other, 'le')
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._compare(other, 'gt')
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._compare(other, 'ge')
        return c if c is NotImplemented else (c is not None and c >= 0)

    def compare(self, other, context=None):
        other = _conv(other, True)
        c = self._compare(other, 'cmp')
        if c is None:
            return _special(Decimal, 0, 'n')
        return Decimal(c)

    def _cmp_total_finite(self, other):
        c = self._compare(other, 'cmp')
        if c == 0:
            if self._sign != other._sign:
                return -1 if self._sign else 1
            c = (self._exp > other._exp) - (self._exp < other._exp)
            if self._sign:
                c = -c
        return c

    def max(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        if self._special == 'N' or other._special == 'N':
            return self._nan_result(other, context)
        if self.is_nan():
            return other._fix(context)
        if other.is_nan():
            return self._fix(context)
        return (other if self._cmp_total_finite(other) == -1 else self)._fix(context)

    def min(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        if self._special == 'N' or other._special == 'N':
            return self._nan_result(other, context)
        if self.is_nan():
            return other._fix(context)
        if other.is_nan():
            return self._fix(context)
        return (self if self._cmp_total_finite(other) == -1 else other)._fix(context)

    # ----- arithmetic
    def __neg__(self, context=None):
        context = context or getcontext()
        if self._special:
            return _copy(self, 1 - self._sign)
        sign = 0 if self._int == 0 and context.rounding != ROUND_FLOOR else 1 - self._sign
        return _triple(sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._special:
            return self
        sign = 0 if self._int == 0 and context.rounding != ROUND_FLOOR else self._sign
        return _triple(sign, self._int, self._exp)._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        if self._special:
            return _copy(self, 0)
        return _triple(0, self._int, self._exp)._fix(context)

    def __add__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._special or other._special:
            r = self._nan_result(other, context)
            if r is not None:
                return r
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                context._raise(InvalidOperation)
                return _special(Decimal, 0, 'n')
            return self if self._special == 'F' else other
        x, y = self, other
        if x._int and y._int:
            if x.adjusted() < y.adjusted():
                x, y = y, x
            # y far below x's last digit and the rounding position: a one-digit stand-in of the
            # same sign rounds the same way
            p = min(x._exp, x.adjusted() - context.prec - 1)
            if y.adjusted() < p - 1:
                y = _triple(y._sign, 1, p - 2)
        elif x._int or y._int:
            if y._int:
                x, y = y, x
            # a zero far below: the exact sum would only pad x with zeros past the precision
            y = _triple(y._sign, 0, max(y._exp, x._exp - context.prec - 2))
        exp = min(x._exp, y._exp)
        a = x._int * 10 ** (x._exp - exp) * (-1 if x._sign else 1)
        b = y._int * 10 ** (y._exp - exp) * (-1 if y._sign else 1)
        s = a + b
        if s == 0:
            if self._sign and other._sign:
                sign = 1
            else:
                sign = 1 if context.rounding == ROUND_FLOOR and (self._sign or other._sign) else 0
        else:
            sign = 1 if s < 0 else 0
        return _triple(sign, abs(s), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if other._special in ('n', 'N'):
            # a NaN operand keeps its sign
            return self.__add__(other, context)
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r = self._nan_result(other, context)
            if r is not None:
                return r
            if (self._special == 'F' and other.is_zero()) or (other._special == 'F' and self.is_zero()):
                context._raise(InvalidOperation)
                return _special(Decimal, 0, 'n')
            return _special(Decimal, sign, 'F')
        return _triple(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r = self._nan_result(other, context)
            if r is not None:
                return r
            if self._special == 'F' and other._special == 'F':
                context._raise(InvalidOperation)
                return _special(Decimal, 0, 'n')
            if self._special == 'F':
                return _special(Decimal, sign, 'F')
            return _triple(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return _special(Decimal, 0, 'n')
            context._raise(DivisionByZero)
            return _special(Decimal, sign, 'F')
        if self._int == 0:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = _ndigits(other._int) - _ndigits(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(self._int * 10 ** shift, other._int)
            else:
                coeff, remainder = divmod(self._int, other._int * 10 ** (-shift))
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _triple(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_int(self, other, context, need_rem=True):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r = self._nan_result(other, context)
            if r is not None:
                return r, r
            if self._special == 'F' and other._special == 'F':
                context._raise(InvalidOperation)
                n = _special(Decimal, 0, 'n')
                return n, n
            if self._special == 'F':
                context._raise(InvalidOperation)
                return _special(Decimal, sign, 'F'), _special(Decimal, 0, 'n')
            return _triple(sign, 0, 0), self._fix(context)
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
            elif need_rem:
                # divmod: an infinite quotient and an invalid remainder, signalled together
                context.flags[InvalidOperation] = context.flags[DivisionByZero] = True
                trapped = [t for t in (InvalidOperation, DivisionByZero) if context.traps.get(t)]
                if trapped:
                    raise trapped[0](trapped)
            else:
                context._raise(DivisionByZero)
            n = _special(Decimal, 0, 'n')
            return _special(Decimal, sign, 'F'), n
        exp = min(self._exp, other._exp)
        if self._int and self.adjusted() - other.adjusted() > context.prec:
            context._raise(DivisionImpossible)
            n = _special(Decimal, 0, 'n')
            return n, n
        if not self._int or self.adjusted() < other.adjusted() - 1:
            # quotient 0, remainder self at the smaller exponent (only padded zeros past the precision)
            rem = _triple(self._sign, self._int, self._exp)
            if exp < self._exp:
                e = max(exp, self._exp - context.prec - 2)
                rem = _triple(self._sign, self._int * 10 ** (self._exp - e), e)
            return _triple(sign, 0, 0), (rem._fix(context) if need_rem else None)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            context._raise(DivisionImpossible)
            n = _special(Decimal, 0, 'n')
            return n, n
        quo = _triple(sign, q, 0)
        rem = _triple(self._sign, r, exp)._fix(context) if need_rem else None
        return quo, rem

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self._divide_int(other, context or getcontext(), False)[0]

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if not self._special and not other._special and other._int == 0:
            context._raise(InvalidOperation if self._int else DivisionUndefined)
            return _special(Decimal, 0, 'n')
        return self._divide_int(other, context)[1]

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self._divide_int(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        if self._special or other._special:
            r = self._nan_result(other, context)
            if r is not None:
                return r
            if self._special == 'F':
                context._raise(InvalidOperation)
                return _special(Decimal, 0, 'n')
            return self._fix(context)
        if not other._int:
            context._raise(DivisionUndefined if not self._int else InvalidOperation)
            return _special(Decimal, 0, 'n')
        exp = min(self._exp, other._exp)
        if self._int and self.adjusted() - other.adjusted() > context.prec:
            context._raise(DivisionImpossible)
            return _special(Decimal, 0, 'n')
        if not self._int or self.adjusted() < other.adjusted() - 1:
            e = max(exp, self._exp - context.prec - 2)
            return _triple(self._sign, self._int * 10 ** (self._exp - e) if e < self._exp else self._int,
                           e if e < self._exp else self._exp)._fix(context)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        q, r = divmod(a, b)
        # nearest integer quotient, ties to even
        if 2 * abs(r) > abs(b) or (2 * abs(r) == abs(b) and q % 2 == 1):
            q += 1
            r -= b
        if _ndigits(abs(q)) > context.prec:
            context._raise(DivisionImpossible)
            return _special(Decimal, 0, 'n')
        return _triple(self._sign if r == 0 else (1 if r < 0 else 0), abs(r), exp)._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            modulo = _conv(modulo, True)
            return Decimal(pow(int(self), int(other), int(modulo)))
        if self._special or other._special:
            r = self._nan_result(other, context)
            if r is not None:
                return r
        if not other._special and other == int(other):
            n = int(other)
            if n == 0:
                if self.is_zero():
                    context._raise(InvalidOperation)
                    return _special(Decimal, 0, 'n')
                return Decimal(1)
            if self._special == 'F':
                sign = self._sign if n % 2 else 0
                return _special(Decimal, sign, 'F') if n > 0 else _triple(sign, 0, 0)
            sign = self._sign if n % 2 else 0
            if n > 0:
                return _triple(sign, self._int ** n, self._exp * n)._fix(context)
            if self._int == 0:
                context._raise(DivisionByZero)
                return _special(Decimal, sign, 'F')
            base = _triple(sign, self._int ** (-n), self._exp * (-n))
            return Decimal(1).__truediv__(base, context)
        # non-integral (or infinite) power
        if self._sign and not self.is_zero():
            context._raise(InvalidOperation)
            return _special(Decimal, 0, 'n')
        if self._special == 'F':
            return _special(Decimal, 0, 'F') if not other._sign else Decimal(0)
        if other._special == 'F':
            if self.is_zero():
                return Decimal(0) if not other._sign else _special(Decimal, 0, 'F')
            if self == 1:
                context._raise(Inexact)
                context._raise(Rounded)
                return _triple(0, 10 ** (context.prec - 1), 1 - context.prec)._fix(context)
            big = (self > 1) != bool(other._sign)
            return _special(Decimal, 0, 'F') if big else Decimal(0)
        if self.is_zero():
            return _special(Decimal, 0, 'F') if other._sign else Decimal(0)
        if self == 1:
            return _triple(0, 10 ** (context.prec - 1), 1 - context.prec)._fix(context)
        wide = Context(prec=context.prec + 20, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        with localcontext(wide):
            t = other.__mul__(self._ln_exact_ctx(wide), wide)
        if t.adjusted() > len(str(max(context.Emax, -context.Emin))) + 1:
            if t._sign:
                return _triple(0, 1, context.Etiny() - 2)._fix(context)
            return _triple(0, 1, context.Emax + 1)._fix(context)

        def compute(c):
            lx = self._ln_exact_ctx(c)
            return other.__mul__(lx, c)._exp_series(c)
        exact = self._exact_power(other, context)
        if exact is not None:
            context._raise(Inexact)
            context._raise(Rounded)
            return exact._fix(context)
        return _ziv(compute, context)

    def _exact_power(self, other, context):
        # x ** (p/q) when it is a number of at most prec digits: that number, padded to prec digits
        p, q = other._int * (-1 if other._sign else 1), 10 ** max(0, -other._exp)
        if other._exp > 0:
            return None
        import math
        g = math.gcd(p, q)
        p, q = p // g, q // g
        if q > 64:
            return None
        with localcontext(Context(prec=context.prec + 30, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])) as c:
            approx = (other * self._ln_exact_ctx(c))._exp_series(c)
            probe = Context(prec=context.prec, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
            cand = approx._fix(probe)

        def canon(coeff, exp):
            while coeff and coeff % 10 == 0:
                coeff //= 10
                exp += 1
            return coeff, exp
        cs, ce = canon(cand._int, cand._exp)
        xs, xe = canon(self._int, self._exp)
        if p >= 0:
            lhs = canon(cs ** q, ce * q)
            rhs = canon(xs ** p, xe * p)
        else:
            lhs = canon(cs ** q * xs ** (-p), ce * q + xe * (-p))
            rhs = (1, 0)
        if lhs != rhs:
            return None
        nd = _ndigits(cand._int)
        return _triple(0, cand._int * 10 ** (context.prec - nd), cand._exp - (context.prec - nd))

    def __rpow__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, None, context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special:
            r = self._nan_result(None, context)
            if r is not None:
                return r
            if self._sign:
                context._raise(InvalidOperation)
                return _special(Decimal, 0, 'n')
            return self
        if self._int == 0:
            return _triple(self._sign, 0, self._exp // 2)
        if self._sign:
            context._raise(InvalidOperation)
            return _special(Decimal, 0, 'n')
        prec = context.prec + 1
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        l = (_ndigits(self._int) + 1) // 2
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, r = divmod(c, 100 ** (-shift))
            exact = not r
        e //= 2
        n = _math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** (-shift)
            ideal = self._exp // 2
            ans = _triple(0, n, e)
            # reduce to the ideal exponent when exact
            coeff, exp = n, e
            while exp < ideal and coeff % 10 == 0 and coeff:
                coeff //= 10
                exp += 1
            return _triple(0, coeff, exp)._fix(context)
        if n % 5 == 0:
            n += 1
        ans = _triple(0, n, e - shift)
        with localcontext(context) as ctx:
            ctx.rounding = ROUND_HALF_EVEN
            r = ans._fix(ctx)
        context._raise(Inexact)
        context._raise(Rounded)
        return r

    def exp(self, context=None):
        context = context or getcontext()
        if self._special:
            if self._special == 'F':
                return Decimal(0) if self._sign else self
            return self._nan_result(None, context)
        if self.is_zero():
            return Decimal(1)
        bound = len(str(max(context.Emax, -context.Emin))) + 1
        if self.adjusted() > bound:
            # far beyond the exponent range: overflow, or underflow below the smallest subnormal
            if self._sign:
                return _triple(0, 1, context.Etiny() - 2)._fix(context)
            return _triple(0, 1, context.Emax + 1)._fix(context)
        x = self
        if x.adjusted() < -(context.prec + 4):
            # exp(x) = 1 + x + ...: any x this small rounds as this one does
            x = _triple(x._sign, 1, -(context.prec + 5))
        return _ziv(lambda c: x._exp_series(c), context, True)

    def _exp_series(self, c):
        # exp by halving until |x| < 0.1, the Taylor series, then squaring back
        k = 0
        x = self
        while x.adjusted() >= -1:
            x = x / 2
            k += 1
        c.prec += k // 3 + 2
        total = Decimal(1)
        term = Decimal(1)
        n = 1
        while True:
            term = term * x / n
            nt = total + term
            if nt == total:
                break
            total = nt
            n += 1
        for _ in range(k):
            total = total * total
        return total

    def ln(self, context=None):
        context = context or getcontext()
        if self._special or self._sign or self.is_zero():
            if self.is_zero():
                return _special(Decimal, 1, 'F')
            if self._special in ('n', 'N'):
                return self._nan_result(None, context)
            if self._special == 'F' and not self._sign:
                return self
            context._raise(InvalidOperation)
            return _special(Decimal, 0, 'n')
        if self == 1:
            return Decimal(0)
        return _ziv(lambda c: self._ln_exact_ctx(c), context, True)

    def _ln_exact_ctx(self, c):
        # ln(x) = 2 atanh((m-1)/(m+1)) + adj ln(10), x = m 10**adj
        adj = self.adjusted()
        c.prec += len(str(abs(adj))) + 2
        m = _triple(0, self._int, -(_ndigits(self._int) - 1))
        # m in [1, 10): halve into [0.75, 1.5) so the atanh series converges fast
        j = 0
        while m >= Decimal('1.5'):
            m = m / 2
            j += 1
        ln2 = Decimal(2)._ln_small(c)
        r = m._ln_small(c) + j * ln2
        if adj:
            r = r + adj * _ln10(c, ln2)
        return r

    def _ln_small(self, c):
        y = (self - 1) / (self + 1)
        y2 = y * y
        total = y
        term = y
        k = 1
        while True:
            term = term * y2
            k += 2
            nt = total + term / k
            if nt == total:
                break
            total = nt
        return 2 * total

    def log10(self, context=None):
        context = context or getcontext()
        if self._special or self._sign or self.is_zero():
            return self.ln(context)
        if self._int == 10 ** (_ndigits(self._int) - 1):
            # a power of ten: exact
            return Decimal(self.adjusted())._fix(context)
        return _ziv(lambda c: self._ln_exact_ctx(c) / _ln10(c, Decimal(2)._ln_small(c)), context, True)

    def scaleb(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        if self._special or other._special:
            r = self._nan_result(other, context)
            if r is not None:
                return r
            if other._special:
                context._raise(InvalidOperation)
                return _special(Decimal, 0, 'n')
            return self
        limit = 2 * (context.Emax + context.prec)
        if other._exp != 0 or not -limit <= int(other) <= limit:
            context._raise(InvalidOperation)
            return _special(Decimal, 0, 'n')
        return _triple(self._sign, self._int, self._exp + int(other))._fix(context)

    def quantize(self, exp, rounding=None, context=None):
        exp = _conv(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            r = self._nan_result(exp, context)
            if r is not None:
                return r
            if self._special == 'F' and exp._special == 'F':
                return self
            context._raise(InvalidOperation)
            return _special(Decimal, 0, 'n')
        e = exp._exp
        if e > context.Emax or e < context.Emin - context.prec + 1 or \
                (self._int and self.adjusted() - e + 1 > context.prec):
            context._raise(InvalidOperation)
            return _special(Decimal, 0, 'n')
        if self._exp >= e:
            coeff = self._int * 10 ** (self._exp - e)
        else:
            coeff = _round_int(self._sign, self._int, e - self._exp, rounding)
            if self._int:
                if coeff * 10 ** (e - self._exp) != self._int:
                    context._raise(Inexact)
                context._raise(Rounded)
        if _ndigits(coeff) > context.prec:
            context._raise(InvalidOperation)
            return _special(Decimal, 0, 'n')
        return _triple(self._sign, coeff, e)

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._special or other._special:
            return self._special == other._special or (self.is_nan() and other.is_nan())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or self._exp >= 0:
            return self
        coeff = _round_int(self._sign, self._int, -self._exp, rounding)
        return _triple(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            return self
        d = self._fix(context)
        if d._special:
            return d
        if d._int == 0:
            return _triple(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _triple(d._sign, coeff, exp)

    def fma(self, other, third, context=None):
        other = _conv(other, True)
        if self._special or other._special:
            context = context or getcontext()
            return self.__mul__(other, context).__add__(_conv(third, True), context)
        product = _triple(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return product.__add__(third, context)

    def _next(self, up, context):
        context = context or getcontext()
        if self._special:
            if self._special in 'nN':
                return self._nan_result(None, context)
            if (self._sign == 0) == up:
                return self
            big = 10 ** context.prec - 1
            return _triple(self._sign, big, context.Emax - context.prec + 1)
        if not self._int:
            return _triple(0 if up else 1, 1, context.Etiny())
        # exactly self +/- a value below half of either neighbouring ulp, rounded toward the direction
        t = min(self._exp, self.adjusted() - context.prec) - 1
        c = (-self._int if self._sign else self._int) * 10 ** (self._exp - t) + (1 if up else -1)
        ctx = context.copy()
        ctx.rounding = ROUND_CEILING if up else ROUND_FLOOR
        ctx.traps = dict.fromkeys(_SIGNAL_ORDER, False)
        return _triple(1 if c < 0 else 0, abs(c), t)._fix(ctx)

    def next_plus(self, context=None):
        return self._next(True, context)

    def next_minus(self, context=None):
        return self._next(False, context)

    def next_toward(self, other, context=None):
        other = _conv(other, True)
        if self._special in ('n', 'N') or other._special in ('n', 'N'):
            return self._nan_result(other, context or getcontext())
        c = 0 if self == other else (-1 if self < other else 1)
        if c == 0:
            return self.copy_sign(other)
        return self._next(c < 0, context)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_triple(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __complex__(self):
        return complex(float(self))

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)


# A Number, not a Real, as in CPython's decimal.
_numbers.Number.register(Decimal)


def _ln10(c, ln2):
    # ln 10 = 3 ln 2 + ln 1.25
    return 3 * ln2 + Decimal('1.25')._ln_small(c)


def _ziv(compute, context, half_even=False):
    # evaluate at two growing working precisions until both round alike to the context, then round
    # once (the functions here are inexact for the arguments that reach this)
    g = 12
    prev = None
    while True:
        c = Context(prec=context.prec + g, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        with localcontext(c):
            r = compute(c)
        probe = context.copy()
        probe.traps = dict.fromkeys(_SIGNAL_ORDER, False)
        if half_even:
            probe.rounding = ROUND_HALF_EVEN
        f = r._fix(probe)
        key = (f._sign, f._int, f._exp, f._special)
        if key == prev or g > 160:
            if not half_even:
                return r._fix(context)
            # exp, ln and log10 always round half-even, whatever the context's rounding
            saved = context.rounding
            context.rounding = ROUND_HALF_EVEN
            try:
                return r._fix(context)
            finally:
                context.rounding = saved
        prev = key
        g *= 2


def _triple(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._special = ''
    d._sign = sign
    d._int = coeff
    d._exp = exp
    return d


def _special(cls, sign, kind, payload=0):
    d = object.__new__(cls)
    d._special = kind
    d._sign = sign
    d._int = payload
    d._exp = 0
    return d


def _copy(d, sign):
    r = object.__new__(Decimal)
    r._special = d._special
    r._sign = sign
    r._int = d._int
    r._exp = d._exp
    return r


def _parse_spec(spec):
    i = 0
    fill, align = ' ', None
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align = spec[0]
        i = 1
    sign = '-'
    if i < len(spec) and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if i < len(spec) and spec[i] == 'z':
        i += 1
    if i < len(spec) and spec[i] == '#':
        i += 1
    zero = False
    if i < len(spec) and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while j < len(spec) and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    grouping = ''
    if i < len(spec) and spec[i] == '_':
        raise ValueError('invalid format string')
    if i < len(spec) and spec[i] == ',':
        grouping = spec[i]
        i += 1
    prec = None
    if i < len(spec) and spec[i] == '.':
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        prec = int(spec[i + 1:j])
        i = j
    typ = spec[i:] or None
    if typ is not None and (len(typ) != 1 or typ not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if zero and align is None:
        fill, align = '0', '='
    return fill, align, sign, width, grouping, prec, typ


def _format_decimal(d, spec):
    fill, align, signopt, width, grouping, prec, typ = _parse_spec(spec)
    if align is None:
        align = '>'
    sign = '-' if d._sign else ('' if signopt == '-' else signopt)
    if d._special:
        body = 'Infinity' if d._special == 'F' else 'NaN'
        if typ == '%':
            body += '%'
    else:
        if typ is None and prec is not None:
            typ = 'G' if getcontext().capitals else 'g'
        x = d
        if typ == '%':
            x = _triple(d._sign, d._int, d._exp + 2)
        if typ in ('f', 'F', '%'):
            if prec is not None:
                x = x.quantize(_triple(0, 1, -prec), getcontext().rounding, Context(prec=MAX_PREC))
            body = _plain(x)
        elif typ in ('e', 'E'):
            if prec is not None:
                x = _round_sig(x, prec + 1)
            coeff = str(x._int)
            adj = x._exp + len(coeff) - 1
            if prec is not None and len(coeff) < prec + 1:
                coeff = coeff + '0' * (prec + 1 - len(coeff))
            body = coeff[0] + ('.' + coeff[1:] if len(coeff) > 1 else '') + typ + '%+d' % adj
        elif typ in ('g', 'G', 'n'):
            if prec is not None:
                x = _round_sig(x, max(prec, 1))
            coeff = str(x._int)
            leftdigits = x._exp + len(coeff)
            if x._exp <= 0 and leftdigits > -6:
                body = _plain(x)
            else:
                body = coeff[0] + ('.' + coeff[1:] if len(coeff) > 1 else '') + ('e' if typ != 'G' else 'E') + '%+d' % (leftdigits - 1)
        else:
            body = str(x._triple_abs()) if False else str(_copy(x, 0))
        if typ == '%':
            body += '%'
        if grouping:
            # only the leading run of digits is grouped (not an exponent or a fraction)
            k = 0
            while k < len(body) and body[k].isdigit():
                k += 1
            digits = body[:k]
            tail = ''
            dot, rest = '', body[k:]
            groups = []
            while len(digits) > 3:
                groups.insert(0, digits[-3:])
                digits = digits[:-3]
            groups.insert(0, digits)
            body = grouping.join(groups) + tail + dot + rest
    if d._special and align == '=' and fill == '0':
        # zero padding does not apply to Infinity and NaN
        fill, align = ' ', '>'
    elif grouping and align == '=' and fill == '0' and not d._special:
        # zero padding goes into the grouped digits (a group may run past the width)
        k = 0
        while k < len(body) and body[k].isdigit():
            k += 1
        digits, rest = body[:k], body[k:]
        need = width - len(sign) - len(rest)

        def grouped(ds):
            gs = []
            while len(ds) > 3:
                gs.insert(0, ds[-3:])
                ds = ds[:-3]
            gs.insert(0, ds)
            return grouping.join(gs)
        digits = digits.replace(grouping, '')
        while len(grouped(digits)) < need:
            digits = '0' + digits
        body = grouped(digits) + rest
    s = sign + body
    pad = width - len(s)
    if pad <= 0:
        return s
    if align == '<':
        return s + fill * pad
    if align == '>':
        return fill * pad + s
    if align == '^':
        return fill * (pad // 2) + s + fill * (pad - pad // 2)
    return sign + fill * pad + body


def _plain(x):
    coeff = str(x._int)
    if x._exp >= 0:
        return coeff + '0' * x._exp
    n = -x._exp
    if len(coeff) <= n:
        coeff = '0' * (n - len(coeff) + 1) + coeff
    return coeff[:-n] + '.' + coeff[-n:]


def _round_sig(x, digits):
    nd = _ndigits(x._int)
    if nd <= digits:
        return x
    drop = nd - digits
    new = _round_int(x._sign, x._int, drop, getcontext().rounding)
    exp = x._exp + drop
    if _ndigits(new) > digits:
        new //= 10
        exp += 1
    return _triple(x._sign, new, exp)


for _c in (Decimal, Context, DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow,
           Underflow, FloatOperation):
    _c.__module__ = 'decimal'
_set_tp_name(Decimal, 'decimal.Decimal')
_set_tp_name(Context, 'decimal.Context')
del _c
`;

export function registerDecimal(): void {
  HIDDEN_FRAME_FILES.add('<etpy decimal>');
  registerPythonModule('decimal', decimalSource);
}
