# PEP 695 type parameters and type aliases (3.12).
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
print(Box(5).item, Box.__type_params__, Box.__mro__[1:])
def bounded[T: int](x: T) -> T:
    return x
(t,) = bounded.__type_params__
print(t, t.__bound__, t.__name__)
def constrained[S: (int, str)](x: S) -> S:
    return x
print(constrained.__type_params__[0].__constraints__)
type Pair = tuple[int, int]
print(Pair, Pair.__value__, Pair.__name__)
type Alias[K] = dict[K, list[K]]
print(Alias.__type_params__, Alias.__value__)
