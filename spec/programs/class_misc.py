class A:
    def f(self):
        return "A.f"
class B:
    def f(self):
        return "B.f"
a = A()
a.__class__ = B
print(a.f(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
a.__dict__ = {"z": 1}
print(a.z, vars(a))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class C:
    x = 1
    def m(self):
        return self.x
print(C.__dict__["m"](C()), "m" in dir(C), "x" in dir(C()), dir(C)[:3])
print(C.m.__name__, C().m.__func__ is C.m)
class D(C):
    x = 2
print(D().m(), super(D, D()).m(), D.__base__.__name__)
class Counter:
    instances = 0
    def __new__(cls):
        cls.instances += 1
        return super().__new__(cls)
Counter(); Counter()
print(Counter.instances)
class WithClassVar:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
print(WithClassVar.add(1).add(2).items)
class Chain:
    def __init__(self):
        self.ops = []
    def push(self, v):
        self.ops.append(v)
        return self
print(Chain().push(1).push(2).ops)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"Eq({self.v})"
print({Eq(1): "a"}[Eq(1)], Eq(1) in [Eq(0), Eq(1)], [Eq(1), Eq(2)].index(Eq(2)), [Eq(1)].count(Eq(1)))
print(sorted({Eq(2), Eq(1)}, key=lambda e: e.v))
class Abstract:
    def area(self):
        raise NotImplementedError("subclass must implement")
try:
    Abstract().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
print(type(Temp.f).__name__, Temp.f.fset is not None)
class S:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"S named {self.name}"
print(S("x"), [S("y")][0].name, "%s" % S("z"))
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
def to_list(n):
    out = []
    while n:
        out.append(n.val)
        n = n.next
    return out
print(to_list(Node(1, Node(2, Node(3)))))
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Tri(Shape):
    sides = 3
class Sq(Shape):
    sides = 4
print([s.describe() for s in (Tri(), Sq(), Shape())])
print(Tri.__mro__, Tri.mro() == list(Tri.__mro__))
try:
    Shape.describe()
except TypeError as e:
    print("TypeError:", e)
try:
    C.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
o = object()
try:
    o.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(hash(o) == hash(o), o == o, o != object())
