# Calling a class whose __new__ is object's and whose __init__ is a Python function (etpy's shortcut, keyed by the class's version): every change to the class or a base must show.
class P:
    def __init__(self, x, y=2, *rest, **kw):
        self.v = (x, y, rest, sorted(kw.items()))


for _ in range(3):
    print(P(1).v, P(1, 3).v, P(1, 3, 4, 5, k=6).v, P(x=7).v)
try:
    P()
except TypeError as e:
    print('TypeError:', e)


def init2(self, a):
    self.v = ('init2', a)


P.__init__ = init2
print(P(9).v)


class Q(P):
    pass


print(Q(10).v, type(Q(10)).__name__)
P.__init__ = lambda self: None
print(vars(Q()), vars(P()))


def new(cls, *args):
    print('new', cls.__name__, args)
    return object.__new__(cls)


P.__new__ = new
print(type(Q()).__name__)
del P.__new__
print(type(Q()).__name__)


class Bad:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print('TypeError:', e)


class Meta(type):
    pass


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(M(1).a, M(2).a)


class S:
    __slots__ = ('a',)

    def __init__(self, a):
        self.a = a


print(S(3).a, S(4).a, hasattr(S(5), '__dict__'))


class FromInt(int):
    def __init__(self, v):
        self.tag = v * 2


print(FromInt(4), FromInt(4).tag, FromInt(5).tag)


class Other:
    def __init__(self, x):
        self.x = x


Other.__new__ = lambda cls, x: 'not an instance'
print(Other(1), Other(2))
