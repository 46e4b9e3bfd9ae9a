// datetime: date, time, datetime, timedelta, tzinfo, timezone written in
// Python with CPython's (C _datetime) reprs, messages and hashes (date/time/
// naive datetime hash their packed bytes like the C type; timedelta hashes
// (days, seconds, microseconds)). timedelta's constructor sums its
// arguments exactly (floats through as_integer_ratio) and rounds half to
// even once. There is no real clock: now()/today()/utcnow() read the
// deterministic clock of the time module (see time.ts) and the local
// timezone is UTC. strftime/strptime use time's implementation.
import { registerPythonModule } from '../import.js';

const datetimeSource = (): string => String.raw`
import time as _time
from _etpy_stdlib import set_tp_name as _set_tp_name
from operator import index as _index, attrgetter as _attrgetter
import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DIM = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DBM = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_US_PER_DAY = 86400000000
_MISSING = object()


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DIM[m]


def _ymd2ord(y, m, d):
    yb = y - 1
    return yb * 365 + yb // 4 - yb // 100 + yb // 400 + _DBM[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 12
    while month > 1 and _DBM[month] + (month > 2 and leap) > n:
        month -= 1
    return year, month, n - _DBM[month] - (month > 2 and leap) + 1


def _ro(attr, tpname):
    # a read-only data attribute with the C type's message on assignment
    if tpname is None:
        msg = 'readonly attribute'
    else:
        msg = "attribute '%s' of '%s' objects is not writable" % (attr, tpname)

    def fset(self, value=None):
        raise AttributeError(msg)
    return property(_attrgetter('_' + attr), fset, fset)


def _tpname(obj):
    t = type(obj)
    if t in _C_TYPES:
        return 'datetime.' + t.__name__
    return t.__name__


def _int_field(v):
    return _index(v)


def _bind(fname, names, args, kwargs, required):
    # positional/keyword binding with the C argument parser's checks, in its order
    total = len(args) + len(kwargs)
    if total > len(names):
        raise TypeError('%s takes at most %d %sargument%s (%d given)'
                        % (fname, len(names), '' if args else 'keyword ', '' if len(names) == 1 else 's', total))
    vals = list(args) + [_MISSING] * (len(names) - len(args))
    for i in range(len(args), len(names)):
        v = kwargs.get(names[i], _MISSING)
        if v is _MISSING and i < required:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (fname, names[i], i + 1))
        vals[i] = v
    for k in kwargs:
        if k in names:
            i = names.index(k)
            if i < len(args):
                raise TypeError("argument for %s given by name ('%s') and position (%d)" % (fname, k, i + 1))
        else:
            raise TypeError("'%s' is an invalid keyword argument for this function" % (k,))
    return vals


def _check_date(year, month, day):
    year = _int_field(year)
    month = _int_field(month)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _int_field(hour)
    minute = _int_field(minute)
    second = _int_field(second)
    microsecond = _int_field(microsecond)
    fold = _int_field(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _round_half_even(num, den):
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _div_nearest(a, b):
    if b < 0:
        a, b = -a, -b
    return _round_half_even(a, b)


# ---------------------------------------------------------------- timedelta

class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0, *_extra, **_kw):
        if _extra or _kw:
            given = 7 + len(_extra) + len(_kw)
            if given > 7 and _extra:
                raise TypeError('__new__() takes at most 7 arguments (%d given)' % given)
            raise TypeError("'%s' is an invalid keyword argument for __new__()" % (next(iter(_kw)),))
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            return _td_from_us(((days + weeks * 7) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000
                               + milliseconds * 1000 + microseconds, cls)
        num = 0
        den = 1
        for name, v, factor in (('days', days, 86400000000), ('seconds', seconds, 1000000),
                                ('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                                ('minutes', minutes, 60000000), ('hours', hours, 3600000000),
                                ('weeks', weeks, 604800000000)):
            if isinstance(v, int):
                num += v * factor * den
            elif isinstance(v, float):
                n, d = v.as_integer_ratio()
                num = num * d + n * factor * den
                den *= d
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (name, type(v).__name__))
        return _td_from_us(_round_half_even(num, den), cls)

    days = _ro('days', None)

    seconds = _ro('seconds', None)

    microseconds = _ro('microseconds', None)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tpname(self), ', '.join(parts) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us())

    def __pos__(self):
        return _td_from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else _td_from_us(self._us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_div_nearest(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('division by zero')
            return self._us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_div_nearest(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_div_nearest(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(self._us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us(), d)
            return q, _td_from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _td_from_us(us, cls=timedelta):
    days, us = divmod(us, _US_PER_DAY)
    seconds, us = divmod(us, 1000000)
    if not -999999999 <= days <= 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    return self


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        d = dt.dst()
        if d is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - d
        if delta:
            dt += delta
            d = dt.dst()
            if d is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + d


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %r.' % off)
    return off


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rem = divmod(off.seconds, 3600)
    mm, ss = divmod(rem, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is _MISSING:
            if not offset and cls is timezone and _UTC_READY:
                return utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %r.' % offset)
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __repr__(self):
        if self is utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tpname(self), self._offset)
        return '%s(%r, %r)' % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return 'UTC'
        return 'UTC' + _format_offset(off)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC_READY = False
utc = timezone(timedelta(0))
_UTC_READY = True
timezone.utc = utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = utc


# ---------------------------------------------------------------- date

class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _parse_isodate(s):
    # (y, m, d) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; None if malformed
    def digits(t):
        return t.isdigit() and t.isascii()
    if len(s) >= 8 and (s[4:5] == 'W' or s[4:6] == '-W'):
        ext = s[4] == '-'
        rest = s[5:] if ext else s[4:]
        if not digits(s[:4]):
            return None
        y = int(s[:4])
        if len(rest) == 3:
            w, d = rest[1:3], '1'
        elif ext and len(rest) == 5 and rest[3] == '-':
            w, d = rest[1:3], rest[4]
        elif not ext and len(rest) == 4:
            w, d = rest[1:3], rest[3]
        else:
            return None
        if not (digits(w) and digits(d)):
            return None
        return ('W', y, int(w), int(d))
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        y, m, d = s[0:4], s[5:7], s[8:10]
    elif len(s) == 8:
        y, m, d = s[0:4], s[4:6], s[6:8]
    else:
        return None
    if not (digits(y) and digits(m) and digits(d)):
        return None
    return (int(y), int(m), int(d))


def _date_from_iso_parts(p):
    if p[0] == 'W':
        return _fromisocalendar(p[1], p[2], p[3])
    return p


def _fromisocalendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7
            if first == 4 or (first == 3 and _is_leap(year)):
                ok = True
        if not ok:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if not kwargs and len(args) == 3:
            y, m, d = args
            if type(y) is int and type(m) is int and type(d) is int and 1 <= y <= 9999 and 1 <= m <= 12 \
                    and (1 <= d <= _DIM[m] or (m == 2 and d == 29 and _is_leap(y))):
                return _make_date(cls, y, m, d)
        y, m, d = _bind('function', ['year', 'month', 'day'], args, kwargs, 3)
        y, m, d = _check_date(y, m, d)
        return _make_date(cls, y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _ts_fields(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        p = _parse_isodate(s) if len(s) in (7, 8, 10) else None
        if p is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(*_date_from_iso_parts(p))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_fromisocalendar(year, week, day))

    year = _ro('year', 'datetime.date')

    month = _ro('month', 'datetime.date')

    day = _ro('day', 'datetime.date')

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_time._DAY_NAMES[wd - 1][:3], _time._MONTH_NAMES[self._month][:3], self._day, self._year)

    def _tt(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1)

    def _yday(self):
        return _DBM[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
        return _wrap_strftime(format, self._tt(), None, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('format() argument must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time(self._tt())

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        o = self.toordinal()
        w1 = _iso_week1_monday(y)
        if o < w1:
            y -= 1
            w1 = _iso_week1_monday(y)
        elif y < MAXYEAR and o >= _iso_week1_monday(y + 1):
            y += 1
            w1 = _iso_week1_monday(y)
        week, day = divmod(o - w1, 7)
        return IsoCalendarDate(y, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        y = self._year
        return hash(bytes([y >> 8, y & 255, self._month, self._day]))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if not 1 <= o <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            y, m, d = _ord2ymd(o)
            cls = type(self)
            return _make_date(cls, y, m, d) if cls is date else cls(y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _make_date(cls, y, m, d):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- time

def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _parse_isotime(s):
    # (h, m, s, us, tzinfo or None) or None if malformed
    tz = None
    cut = len(s)
    for i, c in enumerate(s):
        if c in '+-Z':
            cut = i
            break
    body, tzs = s[:cut], s[cut:]
    if tzs:
        if tzs == 'Z':
            tz = utc
        else:
            p = _parse_hms(tzs[1:])
            if p is None:
                return None
            off = timedelta(hours=p[0], minutes=p[1], seconds=p[2], microseconds=p[3])
            if tzs[0] == '-':
                off = -off
            tz = timezone(off)
    p = _parse_hms(body)
    if p is None:
        return None
    return p + (tz,)


def _parse_hms(s):
    def digits(t):
        return len(t) == 2 and t.isdigit() and t.isascii()
    frac = 0
    for sep in '.,':
        if sep in s:
            s, f = s.split(sep, 1)
            if not f or not (f.isdigit() and f.isascii()) or len(s) not in (8, 6):
                return None
            f = f[:6]
            frac = int(f + '0' * (6 - len(f)))
            break
    if ':' in s:
        parts = s.split(':')
    else:
        if len(s) % 2:
            return None
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or not all(digits(p) for p in parts):
        return None
    vals = [int(p) for p in parts] + [0] * (3 - len(parts))
    return (vals[0], vals[1], vals[2], frac)


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, *args, **kwargs):
        h, m, s, us, tz, fold = _bind('function', ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'],
                                      args, kwargs, 0)
        h, m, s, us, fold = _check_time(0 if h is _MISSING else h, 0 if m is _MISSING else m,
                                        0 if s is _MISSING else s, 0 if us is _MISSING else us,
                                        0 if fold is _MISSING else fold)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._hour = h
        self._minute = m
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        return self

    hour = _ro('hour', 'datetime.time')
    minute = _ro('minute', 'datetime.time')
    second = _ro('second', 'datetime.time')
    microsecond = _ro('microsecond', 'datetime.time')
    tzinfo = _ro('tzinfo', 'datetime.time')
    fold = _ro('fold', 'datetime.time')

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s[1:] if s[:1] == 'T' else s
        p = _parse_isotime(t)
        if p is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(p[0], p[1], p[2], p[3], p[4])

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def __repr__(self):
        s = '%s(%d, %d' % (_tpname(self), self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(format, tt, self, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('format() argument must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _cmp(self, other):
        if not isinstance(other, time):
            return None
        a = self.utcoffset() if self._tzinfo is not None else None
        b = other.utcoffset() if other._tzinfo is not None else None
        x = (self._hour, self._minute, self._second, self._microsecond)
        y = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo or a == b:
            return (x > y) - (x < y)
        if a is None or b is None:
            return 'naive'
        xs = self._hour * 3600 + self._minute * 60 + self._second - a.days * 86400 - a.seconds
        ys = other._hour * 3600 + other._minute * 60 + other._second - b.days * 86400 - b.seconds
        x = (xs, self._microsecond - a.microseconds)
        y = (ys, other._microsecond - b.microseconds)
        return (x > y) - (x < y)

    def __eq__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c == 0

    def __ne__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c != 0

    def _order(self, other):
        c = self._cmp(other)
        if c == 'naive':
            raise TypeError("can't compare offset-naive and offset-aware times")
        return c

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            us = self._microsecond
            return hash(bytes([self._hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255]))
        return hash(timedelta(0, self._hour * 3600 + self._minute * 60 + self._second, self._microsecond) - off)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

def _ts_fields(t):
    # (y, m, d, hh, mm, ss, us) of a POSIX timestamp in UTC, microseconds rounded half to even
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        secs = int(whole)
    else:
        if not isinstance(t, int):
            if hasattr(type(t), '__float__'):
                return _ts_fields(float(t))
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        secs = t
        us = 0
    days, rem = divmod(secs, 86400)
    o = days + 719163
    if not 1 <= o <= _MAXORDINAL:
        raise ValueError('year %d is out of range' % (1970 + days // 365))
    y, m, d = _ord2ymd(o)
    return y, m, d, rem // 3600, rem // 60 % 60, rem % 60, us


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        vals = _bind('function', ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'],
                     args, kwargs, 3)
        y, m, d = _check_date(vals[0], vals[1], vals[2])
        hh, mi, ss, us, fold = _check_time(*[0 if v is _MISSING else v for v in (vals[3], vals[4], vals[5], vals[6], vals[8])])
        tz = None if vals[7] is _MISSING else vals[7]
        _check_tzinfo(tz)
        return _make_dt(cls, y, m, d, hh, mi, ss, us, tz, fold)

    hour = _ro('hour', 'datetime.datetime')
    minute = _ro('minute', 'datetime.datetime')
    second = _ro('second', 'datetime.datetime')
    microsecond = _ro('microsecond', 'datetime.datetime')
    tzinfo = _ro('tzinfo', 'datetime.datetime')
    fold = _ro('fold', 'datetime.datetime')

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _ts_fields(t)
        if tz is None:
            return cls(y, m, d, hh, mm, ss, us)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _ts_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        res = None
        dpart = None
        for n in (10, 8, 7):
            if len(s) >= n:
                p = _parse_isodate(s[:n])
                if p is not None and (len(s) == n or n != 7 or True):
                    dpart, rest = p, s[n:]
                    if n == 7 or len(s) == n or not (s[n:n + 1].isdigit()):
                        break
                    dpart = None
        if dpart is not None:
            ymd = _date_from_iso_parts(dpart)
            if not rest:
                res = cls(*ymd)
            elif len(rest) >= 2:
                t = _parse_isotime(rest[1:])
                if t is not None:
                    res = cls(*ymd, t[0], t[1], t[2], t[3], t[4])
        if res is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return res

    @classmethod
    def strptime(cls, date_string, format):
        f = _time._strptime_fields(date_string, format)
        tz = None
        if f[9] is not None:
            off = timedelta(seconds=f[9], microseconds=f[10])
            tz = timezone(off, f[11]) if f[11] else timezone(off)
        return cls(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def _tt(self):
        d = self.dst()
        isdst = -1 if d is None else (1 if d else 0)
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(),
                self._yday(), isdst)

    def timetuple(self):
        return _time.struct_time(self._tt())

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self if off is None else (self - off).replace(tzinfo=None)
        return _time.struct_time(dt._tt()[:8] + (0,))

    def timestamp(self):
        off = self.utcoffset()
        us = self._naive_us()
        if off is not None:
            us -= off._us()
        return (us - 719163 * _US_PER_DAY) / 1000000

    def _naive_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(0), 'UTC')
        elif not isinstance(tz, tzinfo):
            raise TypeError('astimezone() argument 1 must be datetime.tzinfo, not %s' % type(tz).__name__)
        if self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        utc_dt = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc_dt)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (_time._DAY_NAMES[self.weekday()][:3],
                                                 _time._MONTH_NAMES[self._month][:3], self._day, self._hour,
                                                 self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % type(sep).__name__)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = '%s(%d, %d, %d, %d, %d' % (_tpname(self), self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
        return _wrap_strftime(format, self._tt(), self, self._microsecond)

    def _cmp(self, other, eq):
        a = self.utcoffset() if self._tzinfo is not None else None
        b = other.utcoffset() if other._tzinfo is not None else None
        if self._tzinfo is other._tzinfo or a == b:
            x, y = self._naive_us(), other._naive_us()
        elif a is None or b is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        else:
            x, y = self._naive_us() - a._us(), other._naive_us() - b._us()
        return (x > y) - (x < y)

    def _rich(self, other, op):
        if isinstance(other, datetime):
            c = self._cmp(other, op in ('==', '!='))
            if op == '==':
                return c == 0
            if op == '!=':
                return c != 0
            return c < 0 if op == '<' else c <= 0 if op == '<=' else c > 0 if op == '>' else c >= 0
        if isinstance(other, date):
            if op == '==':
                return False
            if op == '!=':
                return True
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return NotImplemented

    def __eq__(self, other):
        return self._rich(other, '==')

    def __ne__(self, other):
        return self._rich(other, '!=')

    def __lt__(self, other):
        return self._rich(other, '<')

    def __le__(self, other):
        return self._rich(other, '<=')

    def __gt__(self, other):
        return self._rich(other, '>')

    def __ge__(self, other):
        return self._rich(other, '>=')

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            y = self._year
            us = self._microsecond
            return hash(bytes([y >> 8, y & 255, self._month, self._day, self._hour, self._minute, self._second,
                               us >> 16, (us >> 8) & 255, us & 255]))
        return hash(timedelta(self.toordinal(), self._hour * 3600 + self._minute * 60 + self._second,
                              self._microsecond) - off)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._naive_us() + other._us()
        days, rem = divmod(us, _US_PER_DAY)
        if not 1 <= days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rem, 1000000)
        return _make_dt(type(self), y, m, d, secs // 3600, secs // 60 % 60, secs % 60, us, self._tzinfo, 0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            a = self.utcoffset()
            b = other.utcoffset()
            if self._tzinfo is other._tzinfo:
                a = b = None
            elif (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            us = self._naive_us() - other._naive_us()
            if a is not None:
                us -= a._us() - b._us()
            return _td_from_us(us)
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


def _make_dt(cls, y, m, d, hh, mi, ss, us, tz, fold):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time


def _wrap_strftime(fmt, tt, obj, us):
    # %f, %z, %:z and %Z come from the object; the rest goes to time's strftime
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        k = fmt[i]
        i += 1
        if k == 'f':
            out.append('%06d' % us)
        elif k == 'z':
            off = obj.utcoffset() if obj is not None and hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif k == ':' and i < n and fmt[i] == 'z':
            i += 1
            off = obj.utcoffset() if obj is not None and hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off))
        elif k == 'Z':
            name = obj.tzname() if obj is not None and hasattr(obj, 'tzname') else None
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append('%' + k)
    return _time._strftime(''.join(out), tt)


_C_TYPES = (date, time, datetime, timedelta, tzinfo, timezone)
for _t in _C_TYPES:
    _t.__module__ = 'datetime'
    _set_tp_name(_t, 'datetime.' + _t.__name__)
IsoCalendarDate.__module__ = 'datetime'
del _t
`;

export function registerDatetime(): void {
  registerPythonModule('datetime', datetimeSource);
}
