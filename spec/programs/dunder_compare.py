class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        if not isinstance(o, Ver):
            return NotImplemented
        return self.n == o.n
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.n < o.n
    def __repr__(self):
        return f"Ver({self.n})"
print(Ver(1) == Ver(1), Ver(1) != Ver(2), Ver(1) == 1, Ver(1) < Ver(2), Ver(3) > Ver(2))
try:
    Ver(1) <= Ver(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Ver(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(Ver(3) < Ver(1), Ver(1) < Ver(2))
print(max([Ver(3), Ver(5), Ver(2)]))
try:
    hash(Ver(1))
except TypeError as e:
    print("TypeError:", e)
print(Ver.__hash__)
class Hashable:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Hashable) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), Hashable(1) in s, {Hashable("a"): 1}[Hashable("a")])
class Rev:
    def __gt__(self, o):
        return "Rev.__gt__ reflected"
print(1 < Rev())
class Base:
    def __eq__(self, o):
        return "Base.__eq__"
class Derived(Base):
    def __eq__(self, o):
        return "Derived.__eq__"
print(Base() == Derived(), Derived() == Base())
class NoEq:
    pass
a = NoEq()
print(a == a, a != a, a == NoEq(), a is a)
print([Ver(1)] == [Ver(1)])
print(Ver(2) in [Ver(1), Ver(2)])
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(AlwaysEq() == 3, 3 == AlwaysEq(), AlwaysEq() != 3, hash(AlwaysEq()) is not None)
class HashNone:
    __hash__ = None
try:
    {HashNone()}
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class Tot:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
print(Tot(1) <= Tot(1), Tot(2) >= Tot(3), Tot(1) < Tot(2) < Tot(3))
