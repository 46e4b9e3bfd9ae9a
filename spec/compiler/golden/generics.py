# PEP 695: generic functions, classes and methods, TypeVar bounds and
# constraints, TypeVarTuple, ParamSpec, type aliases, and the class-scope
# cases (__classdict__, super(), name mangling after a generic class).
from typing import Callable

type Plain = int | str
type Pair[K, V] = tuple[K, V]
type Nested[T: (int, str), *Ts, **P] = Callable[P, tuple[T, *Ts]]


def first[T](items: list[T]) -> T:
    return items[0]


def bounded[T: int, U: (str, bytes)](x: T, y: U = b'') -> tuple[T, U]:
    return x, y


def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args


def forwarding[**P, R](f: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return f(*args, **kwargs)


def with_defaults[T](a, b=1, c=2, *, d=3, e) -> T:
    return a


def only_kwdefaults[T](*, key: T = None):
    return key


def no_annotations[T](x=0):
    return x


async def fetch[T](x: T) -> T:
    return await x


def gen[T](xs: list[T]):
    yield from xs


def deco(f):
    return f


@deco
@deco
def decorated[T](x: T) -> T:
    return x


@deco
class Decorated[T]:
    pass


class Box[T]:
    value: T

    def __init__(self, value: T) -> None:
        self.value = value

    def get(self) -> T:
        return self.value

    def map[U](self, f: Callable[[T], U]) -> 'Box[U]':
        return Box(f(self.value))

    @classmethod
    def make[S](cls, v: S) -> 'Box[S]':
        return cls(v)


class Base:
    def hello(self):
        return 'base'


class Child[T](Base):
    attr = int
    type Alias = list[attr]
    type GenericAlias[X: attr] = dict[X, attr]

    def hello[U: attr](self, x: U = attr) -> T:
        return super().hello()

    def plain(self):
        return __class__

    class Inner[V: attr]:
        def method(self):
            return super().__init__()


class Keywords[T](Base, *(), metaclass=type, **{}):
    pass


class Starred[*Ts](*[Base]):
    pass


class Mangled[T]:
    __secret = 1

    def __peek[U](self, __x: U) -> U:
        return self.__secret


__after = Mangled


def outer():
    y = 1

    def inner[T](x: T = y) -> T:
        return y

    type Local[T] = list[T | y]

    class Klass[T]:
        z = y

        def m(self) -> T:
            return y

    return inner, Local, Klass
