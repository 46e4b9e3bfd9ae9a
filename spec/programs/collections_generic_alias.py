from collections.abc import Iterable, Callable, Mapping, Sequence, Iterator
from collections import Counter, defaultdict, OrderedDict, ChainMap

print(Iterable[int], Callable[[int, str], bool], Callable[..., int], Mapping[str, float], Sequence['X'])
print(Counter[str], defaultdict[str, int], OrderedDict[str, int], ChainMap[str, int])

def total(xs: Iterable[int], f: Callable[[int], int]) -> Counter[int]:
    return Counter(f(x) for x in xs)

print(total([1, 2, 3], lambda v: v % 2), total.__annotations__['xs'].__origin__, total.__annotations__['f'].__args__)
print(Iterable[int] == Iterable[int], Iterable[int] == Iterable[str], Counter[str]('aab'))
try:
    isinstance([], Iterable[int])
except TypeError as e:
    print(e)

class Registry(Mapping[str, int]):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry(a=1, b=2)
print(r['a'], r.get('z', 0), 'b' in r, Registry.__mro__[1], isinstance(r, Mapping))

class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

print([v for v in Countdown(3)], isinstance(Countdown(1), Iterable))
