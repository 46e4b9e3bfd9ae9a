# ABCMeta's caches, as CPython's _abc keeps them: an answer once given holds
# until a register() anywhere makes the negative ones stale.
from abc import ABCMeta, ABC, abstractmethod
from collections.abc import Iterable, Sized, Mapping, Sequence
import collections.abc as cabc


class Later:
    pass


print(isinstance(Later(), Iterable), issubclass(Later, Sized))
Later.__iter__ = lambda self: iter(())
Later.__len__ = lambda self: 0
# Still False: the negative cache holds until a registration.
print(isinstance(Later(), Iterable), issubclass(Later, Sized))


class Unrelated(ABC):
    pass


Unrelated.register(int)
# Any register() invalidates every ABC's negative cache.
print(isinstance(Later(), Iterable), issubclass(Later, Sized))

# A positive answer stays even when the method goes away.
del Later.__iter__
print(isinstance(Later(), Iterable))


class Shape(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape:
            return 'yes' if hasattr(C, 'area') else NotImplemented
        return NotImplemented


class Sq:
    def area(self):
        return 4


try:
    isinstance(Sq(), Shape)
except AssertionError as e:
    print('AssertionError', e)
print(isinstance(1, Shape))


class Base(ABC):
    @abstractmethod
    def f(self): ...


class Impl(Base):
    def f(self):
        return 1


class Reg:
    pass


Base.register(Reg)
print(issubclass(Impl, Base), issubclass(Reg, Base), isinstance(Reg(), Base), issubclass(bool, Base))


class Fake:
    @property
    def __class__(self):
        return Reg


print(isinstance(Fake(), Base), isinstance(Fake(), Mapping))
Base._abc_caches_clear()
Base._abc_registry_clear()
print(issubclass(Reg, Base), type(Base._abc_impl).__name__, type(Base._abc_impl).__module__)
print('_abc_impl' in vars(Sized), '_abc_registry' in vars(Sized), isinstance([], Sequence), isinstance({}, cabc.MutableMapping))
try:
    issubclass(1, Iterable)
except TypeError as e:
    print('TypeError', e)
try:
    Base.register(3)
except TypeError as e:
    print('TypeError', e)
try:
    Impl.register(Base)
except RuntimeError as e:
    print('RuntimeError', e)

# Which ABCs are generic (subscriptable) as in CPython's collections.abc.
for name in cabc.__all__:
    cls = getattr(cabc, name)
    try:
        print(name, cls[int])
    except TypeError as e:
        print(name, 'TypeError', e)

# The invalidation counter moves once per registration (its value is not
# kept in a variable: it counts the registrations made at start-up too).
import abc


class Fresh(ABC):
    pass


print(-abc.get_cache_token() + (Fresh.register(float), Fresh.register(float), abc.get_cache_token())[2],
      issubclass(float, Fresh), isinstance(1.5, Fresh))
