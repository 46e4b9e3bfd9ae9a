// time: etpy has no real clock in its core, so every clock here reads one
// deterministic counter: it starts at 1_700_000_000 s after the epoch
// (2023-11-14 22:13:20 UTC) and advances 1 ms on each read (time(),
// time_ns(), perf_counter(), monotonic(), process_time(), ...); sleep(s)
// does not wait but advances it by s. perf_counter()/monotonic() count from
// the counter's start. The local timezone is UTC (timezone = 0, tzname
// ('UTC', 'UTC')), so localtime() is gmtime() and mktime() its inverse.
// strftime/strptime are implemented here (glibc's directives) and shared
// with datetime through _strftime/_strptime_fields.
import { registerPythonModule } from '../import.js';

const TIME_SOURCE = String.raw`
from _etpy_stdlib import set_tp_name as _set_tp_name
from operator import index as _index

_START_NS = 1700000000 * 1000000000
_clock = [_START_NS]
_TICK_NS = 1000000

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                'October', 'November', 'December']
_DBM = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _read():
    n = _clock[0]
    _clock[0] = n + _TICK_NS
    return n


def time():
    return _read() / 1000000000


def time_ns():
    return _read()


def perf_counter():
    return (_read() - _START_NS) / 1000000000


def perf_counter_ns():
    return _read() - _START_NS


monotonic = perf_counter
monotonic_ns = perf_counter_ns
process_time = perf_counter
process_time_ns = perf_counter_ns
thread_time = perf_counter
thread_time_ns = perf_counter_ns


def sleep(secs):
    if not isinstance(secs, float):
        secs = _index(secs)
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    _clock[0] += int(secs * 1000000000)


_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        extra = list(seq[9:]) + [None] * (11 - len(seq))
        object.__setattr__(self, '_extra', extra)
        return self

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return 'time.struct_time(' + ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])


struct_time.__module__ = 'time'
_set_tp_name(struct_time, 'time.struct_time')


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    # days since 1970-01-01 of a proleptic Gregorian date
    yb = y - 1
    ordinal = yb * 365 + yb // 4 - yb // 100 + yb // 400 + _DBM[m] + (m > 2 and _is_leap(y)) + d
    return ordinal - 719163


def _civil(days):
    # (year, month, day, yday) of days since 1970-01-01
    n = days + 719162
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31, 365 if _is_leap(year - 1) else 364
    leap = _is_leap(year)
    month = 12
    while month > 1 and _DBM[month] + (month > 2 and leap) > n:
        month -= 1
    return year, month, n - _DBM[month] - (month > 2 and leap) + 1, n


def _secs_arg(secs):
    if secs is None:
        return _read() // 1000000000
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        import math
        return math.floor(secs)
    return _index(secs)


def gmtime(secs=None):
    s = _secs_arg(secs)
    days, rem = divmod(s, 86400)
    y, m, d, yday = _civil(days)
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday + 1, 0, 'GMT', 0))


def localtime(secs=None):
    s = _secs_arg(secs)
    days, rem = divmod(s, 86400)
    y, m, d, yday = _civil(days)
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday + 1, 0, 'UTC', 0))


def _tuple_arg(t, fname):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % fname)
    return tuple(t)


def mktime(t):
    y, m, d, H, M, S = _tuple_arg(t, 'mktime')[:6]
    extra_months = m - 1
    y += extra_months // 12
    m = extra_months % 12 + 1
    return float(_days_from_civil(y, m, 1) + d - 1) * 86400 + H * 3600 + M * 60 + S


def asctime(t=None):
    if t is None:
        t = localtime()
    t = _tuple_arg(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[t[6]][:3], _MONTH_NAMES[t[1]][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _iso_week(y, yday0, wday):
    # ISO (year, week, weekday 1..7) from year, 0-based day of year and Monday=0 weekday
    week = (yday0 - wday + 10) // 7
    if week < 1:
        y -= 1
        days = 366 if _is_leap(y) else 365
        week = (yday0 + days - wday + 10) // 7
    elif week == 53:
        days = 366 if _is_leap(y) else 365
        if yday0 - wday + 3 >= days:
            y += 1
            week = 1
    return y, week, wday + 1


def _strftime(fmt, t, zone='', gmtoff=None):
    # t: (year, month, day, hour, minute, second, wday Monday=0, yday 1-based, isdst)
    y, mo, d, H, M, S, wd, yd = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k in '-_0^#' and i < n:
            d = fmt[i]
            one = _strftime('%' + d, t, zone, gmtoff)
            i += 1
            if k == '^':
                one = one.upper()
            elif k == '#':
                one = one.upper() if d in 'aAbBh' else one.lower() if d in 'pZ' else one
            elif one[:1] in ('0', ' ') and one.strip(' ').isdigit():
                digits = one.lstrip('0 ') or '0'
                if k == '_':
                    one = ' ' * (len(one) - len(digits)) + digits
                elif k == '0':
                    one = '0' * (len(one) - len(digits)) + digits
                else:
                    one = digits
            out.append(one)
            continue
        if k == 'Y':
            out.append(str(y))
        elif k == 'm':
            out.append('%02d' % mo)
        elif k == 'd':
            out.append('%02d' % d)
        elif k == 'H':
            out.append('%02d' % H)
        elif k == 'M':
            out.append('%02d' % M)
        elif k == 'S':
            out.append('%02d' % S)
        elif k == 'y':
            out.append('%02d' % (y % 100))
        elif k == 'C':
            out.append('%02d' % (y // 100))
        elif k == 'a':
            out.append(_DAY_NAMES[wd][:3])
        elif k == 'A':
            out.append(_DAY_NAMES[wd])
        elif k == 'b' or k == 'h':
            out.append(_MONTH_NAMES[mo][:3])
        elif k == 'B':
            out.append(_MONTH_NAMES[mo])
        elif k == 'j':
            out.append('%03d' % yd)
        elif k == 'p':
            out.append('PM' if H >= 12 else 'AM')
        elif k == 'I':
            out.append('%02d' % (H % 12 or 12))
        elif k == 'l':
            out.append('%2d' % (H % 12 or 12))
        elif k == 'k':
            out.append('%2d' % H)
        elif k == 'e':
            out.append('%2d' % d)
        elif k == 'U':
            out.append('%02d' % ((yd - 1 + 7 - (wd + 1) % 7) // 7))
        elif k == 'W':
            out.append('%02d' % ((yd - 1 + 7 - wd) // 7))
        elif k == 'w':
            out.append(str((wd + 1) % 7))
        elif k == 'u':
            out.append(str(wd + 1))
        elif k == 'G' or k == 'g' or k == 'V':
            iy, iw, _ = _iso_week(y, yd - 1, wd)
            out.append(str(iy) if k == 'G' else '%02d' % (iy % 100) if k == 'g' else '%02d' % iw)
        elif k == 'c':
            out.append(_strftime('%a %b %e %H:%M:%S %Y', t))
        elif k == 'x' or k == 'D':
            out.append(_strftime('%m/%d/%y', t))
        elif k == 'X' or k == 'T':
            out.append(_strftime('%H:%M:%S', t))
        elif k == 'F':
            out.append(_strftime('%Y-%m-%d', t))
        elif k == 'R':
            out.append(_strftime('%H:%M', t))
        elif k == 'r':
            out.append(_strftime('%I:%M:%S %p', t))
        elif k == 's':
            out.append(str((_days_from_civil(y, mo, d)) * 86400 + H * 3600 + M * 60 + S))
        elif k == 'n':
            out.append('\n')
        elif k == 't':
            out.append('\t')
        elif k == '%':
            out.append('%')
        elif k == 'Z':
            out.append(zone)
        elif k == 'z':
            if gmtoff is not None:
                sign = '-' if gmtoff < 0 else '+'
                g = abs(gmtoff)
                out.append('%s%02d%02d' % (sign, g // 3600, g // 60 % 60))
        else:
            out.append('%' + k)
    return ''.join(out)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = localtime()
    elif not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('strftime(): illegal time tuple argument')
    if not 1 <= t[1] <= 12:
        raise ValueError('month out of range')
    if not 0 <= t[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= t[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= t[5] <= 61:
        raise ValueError('seconds out of range')
    t = list(t)
    if t[2] == 0:
        t[2] = 1
    if t[7] == 0:
        t[7] = 1
    t[6] = t[6] % 7
    return _strftime(format, t, 'UTC', 0)


_STRP = None


def _strp_regex(fmt):
    import re
    ab_days = '|'.join(n[:3] for n in _DAY_NAMES)
    days = '|'.join(_DAY_NAMES)
    months = '|'.join(_MONTH_NAMES[1:])
    ab_months = '|'.join(n[:3] for n in _MONTH_NAMES[1:])
    pats = {
        'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
        'f': r'(?P<f>[0-9]{1,6})',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
        'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
        'G': r'(?P<G>\d\d\d\d)',
        'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
        'M': r'(?P<M>[0-5]\d|\d)',
        'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
        'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
        'w': r'(?P<w>[0-6])',
        'u': r'(?P<u>[1-7])',
        'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
        'y': r'(?P<y>\d\d)',
        'Y': r'(?P<Y>\d\d\d\d)',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
        'A': '(?P<A>' + days + ')',
        'a': '(?P<a>' + ab_days + ')',
        'B': '(?P<B>' + months + ')',
        'b': '(?P<b>' + ab_months + ')',
        'p': '(?P<p>am|pm)',
        'Z': '(?P<Z>utc|gmt)',
        '%': '%',
    }
    pats['W'] = pats['U'].replace('U', 'W')
    pats['h'] = pats['b']
    compound = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
                'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d'}
    seen = set()

    def build(f):
        out = []
        i = 0
        while i < len(f):
            c = f[i]
            if c == '%':
                if i + 1 >= len(f):
                    raise ValueError("stray % in format '%s'" % fmt)
                k = f[i + 1]
                i += 2
                if k in compound:
                    out.append(build(compound[k]))
                elif k in pats:
                    p = pats[k]
                    if k != '%' and k in seen:
                        raise re.error("redefinition of group name '%s'" % k)
                    seen.add(k)
                    out.append(p)
                else:
                    raise ValueError("'%s' is a bad directive in format '%s'" % (k, fmt))
            elif c.isspace():
                while i < len(f) and f[i].isspace():
                    i += 1
                out.append(r'\s+')
            else:
                out.append(re.escape(c))
                i += 1
        return ''.join(out)

    return re.compile(build(fmt), re.IGNORECASE)


def _strptime_fields(data_string, format):
    # (year, month, day, hour, minute, second, microsecond, weekday, yday, gmtoff_seconds or None, gmtoff_us, tzname)
    for name, v in (('data_string', data_string), ('format', format)):
        if not isinstance(v, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (1 if name == 'data_string' else 2, type(v).__name__))
    rx = _strp_regex(format)
    found = rx.match(data_string)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = micro = 0
    weekday = julian = None
    gmtoff = None
    gmtoff_us = 0
    tz = None
    for k, v in g.items():
        if v is None:
            continue
        if k == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif k == 'Y':
            year = int(v)
        elif k == 'm':
            month = int(v)
        elif k == 'B':
            month = [n.lower() for n in _MONTH_NAMES].index(v.lower())
        elif k == 'b':
            month = [n[:3].lower() for n in _MONTH_NAMES].index(v.lower())
        elif k == 'd':
            day = int(v)
        elif k == 'H':
            hour = int(v)
        elif k == 'I':
            hour = int(v)
            ampm = (g.get('p') or '').lower()
            if ampm == 'pm':
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif k == 'M':
            minute = int(v)
        elif k == 'S':
            second = int(v)
        elif k == 'f':
            micro = int(v + '0' * (6 - len(v)))
        elif k == 'A':
            weekday = [n.lower() for n in _DAY_NAMES].index(v.lower())
        elif k == 'a':
            weekday = [n[:3].lower() for n in _DAY_NAMES].index(v.lower())
        elif k == 'w':
            weekday = (int(v) - 1) % 7
        elif k == 'u':
            weekday = int(v) - 1
        elif k == 'j':
            julian = int(v)
        elif k == 'Z':
            tz = v.upper() if v.lower() in ('utc', 'gmt') else v
        elif k == 'z':
            if v == 'Z' or v == 'z':
                gmtoff = 0
            else:
                if v[3] == ':':
                    v = v[:3] + v[4:]
                    if len(v) > 5:
                        if v[5] != ':':
                            raise ValueError('Inconsistent use of : in %s' % g['z'])
                        v = v[:5] + v[6:]
                hours = int(v[1:3])
                minutes = int(v[3:5])
                seconds = int(v[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                frac = v[8:]
                gmtoff_us = int(frac + '0' * (6 - len(frac))) if frac else 0
                if v[0] == '-':
                    gmtoff = -gmtoff
                    gmtoff_us = -gmtoff_us
    leap_default = False
    if year is None:
        year = 1900
        if month == 2 and day == 29:
            year = 1904
            leap_default = True
    if julian is not None:
        days = _days_from_civil(year, 1, 1) + julian - 1
        year, month, day, _ = _civil(days)
    else:
        julian = _DBM[month] + (month > 2 and _is_leap(year)) + day if 1 <= month <= 12 else 1
    if weekday is None and 1 <= month <= 12 and 1 <= day <= 31:
        weekday = (_days_from_civil(year, month, day) + 3) % 7
    if leap_default:
        year = 1900
    return (year, month, day, hour, minute, second, micro, weekday, julian, gmtoff, gmtoff_us, tz)


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    f = _strptime_fields(data_string, format)
    return struct_time((f[0], f[1], f[2], f[3], f[4], f[5], f[7], f[8], -1, f[11], f[9]))


`;

export function registerTime(): void {
  registerPythonModule('time', TIME_SOURCE);
}
