# collections.UserString: a str in .data whose string-making methods return
# the same class; comparisons, arithmetic and UserString arguments.
from collections import UserString
import collections.abc


class Upper(UserString):
    pass


s = UserString('Hello, World')
u = Upper('abc')
print(repr(s), str(s), len(s), s[1], type(s[1:4]).__name__, s[::-1])
print(s == 'Hello, World', s == UserString('Hello, World'), s < 'z', s >= UserString('A'), s != 3)
print('World' in s, UserString('lo') in s, 'x' in s)
print(repr(s + '!'), repr('>' + s), repr(s + UserString('?')), repr(s + 5), repr(5 + s))
print(repr(u * 2), repr(3 * u), type(u * 2).__name__, type(u.upper()).__name__)
print(repr(UserString('%s-%d') % ('a', 4)), repr(UserString('%s') % UserString('q')))
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(repr(s.center(16, '*')), repr(s.ljust(14)), repr(s.rjust(14, '.')), repr(UserString('42').zfill(5)))
print(s.count('o'), s.count(UserString('l')), s.find('o'), s.find(UserString('W')), s.rfind('o'), s.index('W'), s.rindex('l'))
print(s.startswith('Hell'), s.endswith(('d', 'x')), s.split(', '), s.rsplit('o', 1), UserString('a\nb\n').splitlines(True))
print(s.partition(', '), s.rpartition('o'), repr(s.replace('o', '0')), repr(s.replace(UserString('l'), UserString('L'), 2)))
print(repr(UserString('  x  ').strip()), repr(UserString('xxyxx').lstrip('x')), repr(UserString('xxyxx').rstrip('x')))
print(repr(s.removeprefix('Hello')), repr(s.removesuffix(UserString('World'))), s.encode(), UserString('é').encode(None, None))
print(repr(UserString('a\tb').expandtabs(4)), UserString('{}+{x}').format(1, x=2), UserString('{a}').format_map({'a': 7}))
print(UserString('-').join(['a', 'b']), type(UserString('-').join('ab')).__name__, repr(s.translate(UserString.maketrans('lo', 'LO'))))
print(s.isalpha(), UserString('abc').isalpha(), UserString('a1').isalnum(), UserString('12').isdigit(), UserString('12').isdecimal())
print(UserString('½').isnumeric(), UserString('x_1').isidentifier(), UserString('abc').islower(), UserString('ABC').isupper())
print(UserString(' ').isspace(), UserString('Ab Cd').istitle(), UserString('\x07').isprintable(), UserString('é').isascii())
print(int(UserString('12')), float(UserString('1.5')), complex(UserString('1+2j')), hash(s) == hash('Hello, World'))
print(UserString(42), UserString(UserString('copy')), UserString([1, 2]), s.__getnewargs__())
print(list(UserString('abc')), list(reversed(UserString('abc'))), isinstance(s, collections.abc.Sequence), issubclass(UserString, str))
print(sorted([UserString('b'), UserString('a')]), {UserString('k'): 1}['k'] if UserString('k') == 'k' else None)
try:
    s.index('zzz')
except ValueError as e:
    print('ValueError', e)
try:
    UserString('a') < 3
except TypeError as e:
    print('TypeError', e)
print(UserString.__mro__)
print([k for k in vars(UserString) if not k.startswith('_abc')])
