# type(name, bases, ns) and type.__new__ with bases whose metaclass is more
# derived: that metaclass's __new__ makes the class, as in CPython's type_new.
from abc import ABCMeta
from collections import UserDict


class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('M.__new__', mcls.__name__, name)
        return super().__new__(mcls, name, bases, ns, **kw)


class A(metaclass=M):
    pass


B = type('B', (A,), {'x': 1})
print(type(B).__name__, B.x, B.__mro__)
Z = type.__new__(type, 'Z', (A,), {})
print(type(Z).__name__)


class N(type):
    pass


class X(metaclass=N):
    pass


try:
    type('Y', (A, X), {})
except TypeError as e:
    print(e)
D = type('D', (UserDict,), {})
print(type(D).__name__, sorted(vars(D)), D.__abstractmethods__)
E = ABCMeta('E', (), {})
F = type('F', (E,), {})
print(type(F).__name__, isinstance(F(), E))
