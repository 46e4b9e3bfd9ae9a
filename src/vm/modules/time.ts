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

const timeSource = (): string => String.raw`
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
        if not hasattr(type(seq), '__getitem__') or not hasattr(type(seq), '__len__'):
            raise TypeError('constructor requires a sequence')
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
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0], 'tm_gmtoff': self._extra[1]}))

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
        if not -9223372036854775808.0 <= secs < 9223372036854775808.0:
            raise OverflowError('timestamp out of range for platform time_t')
        import math
        return math.floor(secs)
    s = _index(secs)
    if not -9223372036854775808 <= s <= 9223372036854775807:
        raise OverflowError('timestamp out of range for platform time_t')
    return s


def _broken_down(s, zone):
    days, rem = divmod(s, 86400)
    y, m, d, yday = _civil(days)
    if not -2147481748 <= y <= 2147485547:
        # the C tm's year (since 1900) is an int: glibc fails with EOVERFLOW
        raise OSError(75, 'Value too large for defined data type')
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday + 1, 0, zone, 0))


def gmtime(*args):
    if len(args) > 1:
        raise TypeError('gmtime() takes at most 1 argument (%d given)' % len(args))
    return _broken_down(_secs_arg(args[0] if args else None), 'GMT')


def localtime(*args):
    if len(args) > 1:
        raise TypeError('localtime() takes at most 1 argument (%d given)' % len(args))
    return _broken_down(_secs_arg(args[0] if args else None), 'UTC')


def _tuple_arg(t, fname):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % fname)
    t = tuple(_index(v) for v in t)
    for v in t:
        if v > 2147483647:
            raise OverflowError('signed integer is greater than maximum')
        if v < -2147483648:
            raise OverflowError('signed integer is less than minimum')
    if t[0] < -2147483648 + 1900:
        raise OverflowError('year out of range')
    return t


def mktime(t):
    y, m, d, H, M, S = _tuple_arg(t, 'mktime')[:6]
    extra_months = m - 1
    y += extra_months // 12
    m = extra_months % 12 + 1
    r = float(_days_from_civil(y, m, 1) + d - 1) * 86400 + H * 3600 + M * 60 + S
    if t[8] > 0:
        # glibc's mktime in a zone without DST takes a positive isdst as one hour ahead
        r -= 3600
    return r


def asctime(t=None):
    if t is None:
        t = localtime()
    t = _checktm(_tuple_arg(t, 'asctime'))
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[t[6]][:3], _MONTH_NAMES[t[1]][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    t = localtime(secs)
    # C formats 1900 + tm_year in an int: years past INT_MAX wrap around
    y = (t[0] + 2147483648) % 4294967296 - 2147483648
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[t[6]][:3], _MONTH_NAMES[t[1]][:3], t[2], t[3], t[4], t[5], y)


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


# glibc's numeric conversions: (default width, default pad character)
_NUMERIC = {'d': (2, '0'), 'e': (2, ' '), 'H': (2, '0'), 'I': (2, '0'), 'j': (3, '0'), 'k': (2, ' '), 'l': (2, ' '),
            'm': (2, '0'), 'M': (2, '0'), 'S': (2, '0'), 'U': (2, '0'), 'W': (2, '0'), 'V': (2, '0'), 'w': (1, '0'),
            'u': (1, '0'), 'y': (2, '0'), 'C': (1, '0'), 'g': (2, '0'), 'G': (1, '0'), 'Y': (1, '0'), 's': (1, '0')}
# conversions glibc refuses with an E or an O modifier (the directive is then printed as written)
_BAD_E = 'aAbBdDeFgGhHIjklmMSUVwW'
_BAD_O = 'aAcDFxXY'
# composite conversions: glibc ignores a width for them
_COMPOSITE = 'cDFrRTxX'


def _strftime(fmt, t, zone='', gmtoff=None):
    # t: (year, month, day, hour, minute, second, wday Monday=0, yday 1-based, isdst). Directives as glibc
    # reads them: % flags(_-0^#) width modifier(E/O) conversion
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%':
            out.append(c)
            i += 1
            continue
        j = i + 1
        flags = ''
        while j < n and fmt[j] in '_-0^#':
            flags += fmt[j]
            j += 1
        w = ''
        while j < n and fmt[j].isdigit():
            w += fmt[j]
            j += 1
        mod = ''
        if j < n and fmt[j] in 'EO':
            mod = fmt[j]
            j += 1
        if j >= n:
            out.append(fmt[i:])
            break
        k = fmt[j]
        j += 1
        raw = fmt[i:j]
        i = j
        one = None if (mod == 'E' and k in _BAD_E) or (mod == 'O' and k in _BAD_O) else _conv1(k, t, zone, gmtoff)
        if one is None:
            if w and '0' in flags and len(raw) < int(w):
                raw = '0' * (int(w) - len(raw)) + raw
            out.append(raw)
            continue
        pad = flags[-1:] if flags and flags[-1] in '_-0' else ''
        for f in flags:
            if f in '_-0':
                pad = f
        if k in _NUMERIC:
            dw, dp = _NUMERIC[k]
            neg = one.startswith('-')
            digits = one[1:] if neg else one
            digits = digits.lstrip(' 0') or '0' if digits.strip(' ').isdigit() else digits
            if pad == '-':
                width, ch = (int(w), ' ') if w else (0, ' ')
            else:
                width = int(w) if w else dw
                ch = ' ' if pad == '_' else '0' if pad == '0' else dp
            body = ('-' if neg else '') + digits
            if len(body) < width:
                body = (('-' + ch * (width - len(body)) + digits) if neg and ch == '0' else ch * (width - len(body)) + body)
            one = body
        else:
            if '^' in flags and k != 'P':
                one = one.upper()
            elif '#' in flags:
                one = one.upper() if k in 'aAbBh' else one.lower() if k in 'pZ' else one
            if w and len(one) < int(w) and k not in 'cFr' and (k not in _COMPOSITE or pad == '0'):
                one = ('0' if pad == '0' else ' ') * (int(w) - len(one)) + one
        out.append(one)
    return ''.join(out)


def _conv1(k, t, zone, gmtoff):
    y, mo, d, H, M, S, wd, yd = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
    if k == 'Y':
        return str(y)
    if k == 'm':
        return '%02d' % mo
    if k == 'd':
        return '%02d' % d
    if k == 'H':
        return '%02d' % H
    if k == 'M':
        return '%02d' % M
    if k == 'S':
        return '%02d' % S
    if k == 'y':
        return '%02d' % (y % 100)
    if k == 'C':
        return '%02d' % (y // 100)
    if k == 'a':
        return _DAY_NAMES[wd][:3]
    if k == 'A':
        return _DAY_NAMES[wd]
    if k == 'b' or k == 'h':
        return _MONTH_NAMES[mo][:3]
    if k == 'B':
        return _MONTH_NAMES[mo]
    if k == 'j':
        return '%03d' % yd
    if k == 'p':
        return 'PM' if H >= 12 else 'AM'
    if k == 'P':
        return 'pm' if H >= 12 else 'am'
    if k == 'I':
        return '%02d' % (H % 12 or 12)
    if k == 'l':
        return '%2d' % (H % 12 or 12)
    if k == 'k':
        return '%2d' % H
    if k == 'e':
        return '%2d' % d
    if k == 'U':
        return '%02d' % ((yd - 1 + 7 - (wd + 1) % 7) // 7)
    if k == 'W':
        return '%02d' % ((yd - 1 + 7 - wd) // 7)
    if k == 'w':
        return str((wd + 1) % 7)
    if k == 'u':
        return str(wd + 1)
    if k == 'G' or k == 'g' or k == 'V':
        iy, iw, _ = _iso_week(y, yd - 1, wd)
        return str(iy) if k == 'G' else '%02d' % (iy % 100) if k == 'g' else '%02d' % iw
    if k == 'c':
        return _strftime('%a %b %e %H:%M:%S %Y', t)
    if k == 'x' or k == 'D':
        return _strftime('%m/%d/%y', t)
    if k == 'X' or k == 'T':
        return _strftime('%H:%M:%S', t)
    if k == 'F':
        return _strftime('%Y-%m-%d', t)
    if k == 'R':
        return _strftime('%H:%M', t)
    if k == 'r':
        return _strftime('%I:%M:%S %p', t)
    if k == 's':
        # mktime of the fields (normalizing out-of-range ones), local time being UTC
        return str(int(mktime((y, mo, d, H, M, S, 0, 1, -1))))
    if k == 'n':
        return '\n'
    if k == 't':
        return '\t'
    if k == '%':
        return '%'
    if k == 'Z':
        return zone
    if k == 'z':
        if gmtoff is None:
            return ''
        sign = '-' if gmtoff < 0 else '+'
        g = abs(gmtoff)
        return '%s%02d%02d' % (sign, g // 3600, g // 60 % 60)
    return None


def _checktm(t):
    # CPython's checks of a time tuple (month, day and day of year 0 mean the first), C's tm fields
    t = list(t)
    if t[1] == 0:
        t[1] = 1
    elif not 1 <= t[1] <= 12:
        raise ValueError('month out of range')
    if t[2] == 0:
        t[2] = 1
    elif not 1 <= t[2] <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= t[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= t[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= t[5] <= 61:
        raise ValueError('seconds out of range')
    cw = t[6] + 1
    cw = cw - 7 * int(cw / 7)
    if cw < 0:
        raise ValueError('day of week out of range')
    t[6] = (cw - 1) % 7
    if t[7] == 0:
        t[7] = 1
    elif not 1 <= t[7] <= 366:
        raise ValueError('day of year out of range')
    return t


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = localtime()
    zone, gmtoff = 'UTC', 0
    if isinstance(t, struct_time) and t._extra[0] is not None:
        # a struct_time's own zone and offset (CPython copies tm_zone/tm_gmtoff)
        zone, gmtoff = t._extra[0], t._extra[1]
    t = _checktm(_tuple_arg(t, 'strftime'))
    if t[8] < 0:
        # glibc prints no zone name or offset when isdst is negative
        zone, gmtoff = '', None
    return _strftime(format, t, zone, gmtoff)


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
    compound = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
    seen = set()

    def build(f):
        out = []
        i = 0
        while i < len(f):
            c = f[i]
            if c == '%':
                if i + 1 >= len(f):
                    raise ValueError("stray %% in format '%s'" % fmt)
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
                    # CPython escapes regex syntax (and turns whitespace into \s+) before reading
                    # directives, so those show as a bad '%'
                    bad = '%' if k in '\\.^$*+?(){}[]|' or k.isspace() else k
                    raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt))
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
    iso_year = int(g['G']) if g.get('G') is not None else None
    iso_week = int(g['V']) if g.get('V') is not None else None
    week_of_year = None
    week_starts_mon = False
    if g.get('U') is not None:
        week_of_year = int(g['U'])
    if g.get('W') is not None:
        week_of_year = int(g['W'])
        week_starts_mon = True
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_default = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_default = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            # day of year from a %U/%W week number and a weekday
            first = (_days_from_civil(year, 1, 1) + 3) % 7
            wd = weekday
            if not week_starts_mon:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week_of_year == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + wd
        elif iso_year is not None and iso_week is not None:
            import datetime
            r = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = r.year, r.month, r.day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        if not 1 <= year <= 9999:
            raise ValueError('year %d is out of range' % year)
        dim = [0, 31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]
        if not 1 <= day <= dim:
            raise ValueError('day is out of range for month')
        julian = _days_from_civil(year, month, day) - _days_from_civil(year, 1, 1) + 1
    else:
        year, month, day, _ = _civil(_days_from_civil(year, 1, 1) + julian - 1)
    if weekday is None:
        weekday = (_days_from_civil(year, month, day) + 3) % 7
    if leap_default:
        year = 1900
    return (year, month, day, hour, minute, second, micro, weekday, julian, gmtoff, gmtoff_us, tz)


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    f = _strptime_fields(data_string, format)
    return struct_time((f[0], f[1], f[2], f[3], f[4], f[5], f[7], f[8], -1, f[11], f[9]))


`;

export function registerTime(): void {
  registerPythonModule('time', timeSource);
}
