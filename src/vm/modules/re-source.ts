// The Python half of etpy's re module: flags, re.error, Pattern and Match,
// and the module functions, over the native matcher _etpy_re (re-native.ts).
// Written for etpy (not CPython's Lib/re); its frames are never traced.
export const RE_SOURCE = String.raw`
import _etpy_re

_MAXSIZE = 9223372036854775807
_ALL_FLAGS = 511
_FLAG_NAMES = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
_PATTERN_FLAG_NAMES = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
                       ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))


class _FlagType(type):
    def __repr__(cls):
        return "<flag 'RegexFlag'>"


class RegexFlag(int, metaclass=_FlagType):
    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        if value < 0:
            value = value & _ALL_FLAGS
        parts = []
        rest = value
        for name, bit in _FLAG_NAMES:
            if value & bit:
                parts.append('re.' + name)
                rest &= ~bit
        if not parts:
            return 're.RegexFlag(%d)' % value
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return 'NOFLAG'
        names = [n for n, bit in _FLAG_NAMES if value & bit]
        return '|'.join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        Exception.__init__(self, text)


class Pattern:
    def __init__(self, pattern, flags):
        code, final_flags, groups, groupindex = _etpy_re.compile(pattern, flags, error)
        self._code = code
        self.pattern = pattern
        self.flags = final_flags
        self.groups = groups
        self.groupindex = groupindex
        self._text = isinstance(pattern, str)

    def __repr__(self):
        flags = self.flags
        if self._text and (flags & 292) == 32:
            flags &= ~32
        names = []
        for name, bit in _PATTERN_FLAG_NAMES:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        text = 're.compile(' + repr(self.pattern)[:200]
        if names:
            text += ', ' + '|'.join(names)
        return text + ')'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _result(self, string, marks, pos, endpos):
        if marks is None:
            return None
        return Match(self, string, marks, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._result(string, self._code.exec(string, pos, endpos, 0, False), pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._result(string, self._code.exec(string, pos, endpos, 1, False), pos, endpos)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._result(string, self._code.exec(string, pos, endpos, 2, False), pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        groups = self.groups
        empty = '' if self._text else b''
        for m in self._code.scan(string, pos, endpos, 0):
            if groups == 0:
                out.append(string[m[0]:m[1]])
            elif groups == 1:
                out.append(string[m[2]:m[3]] if m[2] >= 0 and m[3] >= 0 else empty)
            else:
                item = []
                for g in range(1, groups + 1):
                    a = m[2 * g]
                    b = m[2 * g + 1]
                    item.append(string[a:b] if a >= 0 and b >= 0 else empty)
                out.append(tuple(item))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        n = len(string)
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        return iter([Match(self, string, m, pos, endpos) for m in self._code.scan(string, pos, endpos, 0)])

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def _subx(self, repl, string, count):
        if callable(repl):
            parts = None
        else:
            if self._text:
                literal = isinstance(repl, str) and '\\' not in repl
            else:
                literal = isinstance(repl, (bytes, bytearray)) and b'\\' not in repl
            if literal:
                parts = [repl]
            else:
                parts = _etpy_re.template(self._code, repl, error)
        matches = self._code.scan(string, 0, _MAXSIZE, count)
        if not matches:
            return string, 0
        pieces = []
        last = 0
        n = len(string)
        for m in matches:
            if last < m[0]:
                pieces.append(string[last:m[0]])
            if parts is None:
                item = repl(Match(self, string, m, 0, n))
                if item is not None:
                    pieces.append(item)
            else:
                for p in parts:
                    if p.__class__ is int:
                        a = m[2 * p]
                        b = m[2 * p + 1]
                        if a >= 0 and b >= 0 and a < b:
                            pieces.append(string[a:b])
                    else:
                        pieces.append(p)
            last = m[1]
        if last < n:
            pieces.append(string[last:])
        empty = '' if self._text else b''
        return empty.join(pieces), len(matches)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        groups = self.groups
        for m in self._code.scan(string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:m[0]])
            for g in range(1, groups + 1):
                a = m[2 * g]
                b = m[2 * g + 1]
                out.append(string[a:b] if a >= 0 and b >= 0 else None)
            last = m[1]
        out.append(string[last:])
        return out


Pattern.__module__ = 're'


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False

    def _next(self, mode):
        if self._pos is None or self._pos > min(self._endpos, len(self._string)):
            return None
        m = self.pattern._code.exec(self._string, self._pos, self._endpos, mode, self._must_advance)
        if m is None:
            self._pos = None
            return None
        self._must_advance = m[0] == m[1]
        self._pos = m[1]
        return Match(self.pattern, self._string, m, 0, self._endpos)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    def __init__(self, pattern, string, marks, pos, endpos):
        n = len(string)
        self.re = pattern
        self.string = string
        self._marks = marks
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        a = self._marks[2 * i]
        b = self._marks[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._marks[2 * i], self._marks[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._marks[2 * i], self._marks[2 * i + 1]) for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        i = self._marks[-1]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._marks[-1]
        if i < 0:
            return None
        for name, g in self.re.groupindex.items():
            if g == i:
                return name
        return None

    def expand(self, template):
        parts = _etpy_re.template(self.re._code, template, error)
        empty = '' if self.re._text else b''
        out = []
        for p in parts:
            if p.__class__ is int:
                v = self._get(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        return empty.join(out)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (self._marks[0], self._marks[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'

_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError('first argument must be string or compiled pattern')
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = Pattern(pattern, flags)
    if len(_cache) >= 512:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    text = str(pattern, 'latin-1')
    return ''.join(['\\' + c if c in _SPECIAL else c for c in text]).encode('latin-1')

`;
