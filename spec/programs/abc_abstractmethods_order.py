# __abstractmethods__ as ABCMeta computes it (abc-native.ts): the frozenset's
# own order is printed, which follows the order names were added.
import collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, update_abstractmethods

for name in cabc.__all__:
    cls = getattr(cabc, name)
    print(name, cls.__abstractmethods__)


class Flagged:
    def __init__(self, flag):
        self.__isabstractmethod__ = flag


class Falsy:
    def __bool__(self):
        print('bool asked')
        return False


class Lazy:
    def __getattr__(self, name):
        print('getattr', name)
        raise AttributeError(name)


class Base(ABC):
    zeta = Flagged(1)
    alpha = Flagged(0)
    falsy = Flagged(Falsy())
    lazy = Lazy()

    @property
    @abstractmethod
    def prop(self): ...

    @prop.setter
    def prop(self, v): ...

    @classmethod
    @abstractmethod
    def cm(cls): ...

    @staticmethod
    @abstractmethod
    def sm(): ...

    @abstractmethod
    def m3(self): ...

    @abstractmethod
    def m1(self): ...

    @abstractproperty
    def old(self): ...


print(Base.__abstractmethods__)


class Half(Base):
    def m1(self):
        return 1
    cm = classmethod(lambda cls: 2)
    zeta = None


print(Half.__abstractmethods__)


class Other(metaclass=ABCMeta):
    @abstractmethod
    def z(self): ...

    @abstractmethod
    def a(self): ...


class Both(Half, Other):
    def a(self):
        return 0


print(Both.__abstractmethods__, sorted(Both.__abstractmethods__))
try:
    Both()
except TypeError as e:
    print(e)


class Fixed(Both):
    pass


Fixed.z = lambda self: 1
print(update_abstractmethods(Fixed).__abstractmethods__)


class WeirdBase:
    __abstractmethods__ = ['x', 'y']
    x = Flagged(True)


class FromWeird(WeirdBase, metaclass=ABCMeta):
    pass


print(FromWeird.__abstractmethods__)


class BadNames:
    __abstractmethods__ = [1]


try:
    class FromBad(BadNames, metaclass=ABCMeta):
        pass
except TypeError as e:
    print('TypeError', e)


# The mixin methods of Coroutine and AsyncGenerator.
class Co(cabc.Coroutine):
    def __await__(self):
        return iter(())

    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


co = Co()
print(co.close(), isinstance(co, cabc.Awaitable))
try:
    co.throw(ValueError, ValueError('v'))
except ValueError as e:
    print('ValueError', e)


class Stubborn(Co):
    def throw(self, typ, val=None, tb=None):
        return 'kept going'


try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError', e)


class AG(cabc.AsyncGenerator):
    async def asend(self, value):
        return value

    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)


def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value


ag = AG()
print(drive(ag.__anext__()), drive(ag.aclose()), isinstance(ag, cabc.AsyncIterator))
