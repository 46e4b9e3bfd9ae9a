from typing import List, Dict, Tuple, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, TypedDict
from typing import Iterable, Iterator, Sequence, Mapping, Set, cast, overload, Protocol, get_type_hints, NewType
import typing


def f(a: List[int], b: Dict[str, List[int]], c: Optional[int] = None) -> Tuple[int, ...]:
    return (len(a), len(b), c)


print(f([1], {'x': [2]}), f.__annotations__)


def g(x: list[int], y: dict[str, int] | None = None, z: 'Foo' = None) -> int | str:
    return 0


print(g.__annotations__)

T = TypeVar('T')
K = TypeVar('K')


class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v

    def get(self) -> T:
        return self.v


print(Box.__mro__, Box[int], Box.__parameters__, Box[int](3).v, Box[int].__origin__, Box(5).get())


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print(e)


class L(List[int]):
    pass


print(L.__mro__, L.__orig_bases__, L([1, 2]))


class P(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x + self.y


p = P(1)
print(p, P(1, 2).norm(), P._fields, P._field_defaults, P.__mro__, P.__annotations__)
print(p.x, p[1], p._asdict(), p._replace(y=5), P._make([7, 8]), tuple(p), p == (1, 0))
a, b = P(3, 4)
print(a, b, isinstance(p, tuple), len(p))
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'b'), Q.__mro__, Q(a=2, b='c').b)


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name='x', year=1)
print(type(m), m, sorted(Movie.__required_keys__), Movie.__annotations__)

UserId = NewType('UserId', int)
print(UserId(5), UserId)


class Proto(Protocol):
    def meth(self) -> int:
        ...


class Impl:
    def meth(self) -> int:
        return 1


print(Proto.__mro__, Impl().meth())


@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x):
    return x


print(h(3), cast(str, 5), cast('List[int]', [1]))


def k(n: int, cb: Callable[[int], str]) -> Iterator[str]:
    yield cb(n)


print(list(k(3, str)), k.__annotations__['cb'], k.__annotations__['return'])
print(get_type_hints(f))
print(isinstance([1], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator), isinstance(5, Iterable))
print(isinstance('s', typing.Hashable), isinstance([], typing.Hashable), isinstance(len, Callable))


class Node:
    children: List['Node']
    value: int = 0


print(Node.__annotations__)
print(Union[int, str] | None, Optional[int] | str, int | List[int])
print(Set[int], typing.FrozenSet, Any, typing.ClassVar[int], typing.Literal['a', 'b'])
x: Dict[str, int] = {}
print(__annotations__)
