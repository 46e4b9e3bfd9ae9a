// The Python half of etpy's re module: flags, re.error, Pattern and Match,
// and the module functions, over the native matcher _etpy_re (re-native.ts).
// Written for etpy (not CPython's Lib/re); its frames are never traced.
export const reSource = (): string => String.raw`
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


class _GenericAlias:
    # re.Pattern[str] and re.Match[str] (annotations): the class, with its argument.
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                return a.__qualname__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
            return repr(a)
        return 're.%s[%s]' % (self.__origin__.__name__, ', '.join([name(a) for a in self.__args__]))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return _UnionAlias((self, other))

    def __ror__(self, other):
        return _UnionAlias((other, self))


class _UnionAlias:
    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        def name(a):
            if a is None:
                return 'None'
            if isinstance(a, type):
                return a.__qualname__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
            return repr(a)
        return ' | '.join([name(a) for a in self.__args__])

    def __or__(self, other):
        return _UnionAlias(self.__args__ + (other,))

    def __ror__(self, other):
        return _UnionAlias((other,) + self.__args__)


class Pattern:
    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __setattr__(self, name, value):
        if name in ('pattern', 'flags', 'groups'):
            raise AttributeError('readonly attribute')
        if name == 'groupindex':
            raise AttributeError("attribute 'groupindex' of 're.Pattern' objects is not writable")
        raise AttributeError("'re.Pattern' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

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

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._code.match(self, string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._code.match(self, string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._code.match(self, string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return self._code.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return self._code.finditer(self, string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def sub(self, repl, string, count=0):
        return self._code.sub(self, repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._code.sub(self, repl, string, count)

    def split(self, string, maxsplit=0):
        return self._code.split(string, maxsplit)


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
        m = self.pattern._code.scan_one(self.pattern, self._string, self._pos, self._endpos, mode, self._must_advance)
        if m is None:
            self._pos = None
            return None
        self._must_advance = m.start() == m.end()
        self._pos = m.end()
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


Match = _etpy_re.Match

_cache = {}


def _new_pattern(pattern, flags):
    code, final_flags, groups, groupindex = _etpy_re.compile(pattern, flags)
    p = object.__new__(Pattern)
    setattr = object.__setattr__
    setattr(p, '_code', code)
    setattr(p, 'pattern', pattern)
    setattr(p, 'flags', final_flags)
    setattr(p, 'groups', groups)
    setattr(p, 'groupindex', groupindex)
    setattr(p, '_text', isinstance(pattern, str))
    return p


_etpy_re.set_error(error, _GenericAlias)


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
    p = _new_pattern(pattern, flags)
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
