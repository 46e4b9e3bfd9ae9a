# str(x), int(x) and float(x) with one argument, on every kind of value, and
# the forms that take the long way (keywords, more arguments, subclasses).
class S(str):
    pass


class WithStr:
    def __str__(self):
        return S('from __str__')


class Num:
    def __int__(self):
        return 7

    def __index__(self):
        return 8

    def __float__(self):
        return 2.5


class OnlyIndex:
    def __index__(self):
        return 11


class BadStr:
    def __str__(self):
        return 42


for v in (0, -5, 2**70, True, 1.5, float('inf'), 'x', S('sub'), b'b', None, [1, 'a'], (1,), {1: 2}, WithStr()):
    r = str(v)
    print(repr(r), type(r).__name__)
for v in (3, -3.9, 2.5e20, True, '  42 ', '-0', S('12'), '1_000', b'17', Num(), OnlyIndex()):
    r = int(v)
    print(repr(r), type(r).__name__)
for v in (3, '1e3', ' -inf ', 'nan', True, Num(), 2**80, S('0.5')):
    r = float(v)
    print(repr(r), type(r).__name__)
for call in (lambda: int('abc'), lambda: int(None), lambda: int([1]), lambda: float('x'), lambda: float([]),
             lambda: str(BadStr()), lambda: int(float('nan')), lambda: int(float('inf')), lambda: int('9' * 5000)):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(str(b'a', 'ascii'), str(object=5), int('ff', 16), int(x='12') if False else int('12', base=8), float(), int(), str())


class MyInt(int):
    pass


print(type(MyInt(5)).__name__, MyInt('6') + 1, type(S(5)).__name__, S(5) + 'x')
