class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    @classmethod
    def make(cls, v):
        print("Base.make", cls.__name__)
        return cls(v)
    @staticmethod
    def st(v):
        return v * 2
    def __repr__(self):
        return f"{type(self).__name__}({self.x})"

class Child(Base):
    def __init__(self, x):
        super().__init__(x + 1)
        print("Child.__init__")
    @classmethod
    def make(cls, v):
        print("Child.make")
        return super().make(v * 10)
    @staticmethod
    def st(v):
        return super(Child, Child).st(v) + 1

c = Child.make(2)
print(c, Child.st(3))
print(super(Child, c).__repr__())
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)

class M1:
    def __new__(cls, *a):
        print("M1.__new__", cls.__name__)
        return super().__new__(cls)
class M2(M1):
    def __new__(cls, *a):
        print("M2.__new__", a)
        return super().__new__(cls, *a)
m = M2(1, 2)
print(type(m).__name__)

class L1:
    def f(self): return ["L1"]
class L2(L1):
    def f(self): return ["L2"] + super().f()
class L3(L1):
    def f(self): return ["L3"] + super().f()
class L4(L2, L3):
    def f(self): return ["L4"] + super(L2, self).f()
print(L4().f())
try:
    super(L2, 3)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class P:
    x = 5
class Q(P):
    def get(self):
        return super().x
    def miss(self):
        return super().nothere
print(Q().get())
try:
    Q().miss()
except AttributeError as e:
    print("AttributeError:", e)
