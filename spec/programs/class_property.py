class A:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "The value."
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
    @property
    def ro(self):
        return 42

a = A()
a.v = 5
print(a.v, A.v.__doc__, type(A.v).__name__)
try:
    a.v = -1
except ValueError as e:
    print("ValueError:", e)
del a.v
try:
    a.v
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.ro
except AttributeError as e:
    print("AttributeError:", e)
class B:
    x = property(lambda self: 1)
try:
    B().x = 2
except AttributeError as e:
    print("AttributeError:", e)
class C:
    def getx(self): return self._x
    def setx(self, v): self._x = v
    x = property(getx, setx, None, "doc of x")
c = C()
c.x = 9
print(c.x, C.x.__doc__, C.x.fget.__name__, C.x.fdel)
class D:
    y = property()
try:
    D().y
except AttributeError as e:
    print("AttributeError:", e)
try:
    D().y = 1
except AttributeError as e:
    print("AttributeError:", e)
class E(A):
    @A.v.getter
    def v(self):
        return self._v * 100
e = E()
e.v = 3
print(e.v)
class F:
    @property
    def bad(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(F().bad)
