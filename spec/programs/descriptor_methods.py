class A:
    def m(self, x):
        return ("m", x)
    @classmethod
    def c(cls, x):
        return ("c", cls.__name__, x)
    @staticmethod
    def s(x):
        return ("s", x)

a = A()
print(a.m(1), A.m(a, 2), a.c(3), A.c(4), a.s(5), A.s(6))
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(bm == a.m, bm is a.m, A.m.__get__(a, A)(7))
print(type(A.__dict__['c']).__name__, type(A.__dict__['s']).__name__)
print(A.__dict__['s'].__func__(8), A.__dict__['c'].__get__(None, A)(9))
print(repr(A.m).startswith('<function A.m at 0x'), repr(bm).startswith('<bound method A.m of <__main__.A object at 0x'))
print(repr(A.c).startswith("<bound method A.c of <class '__main__.A'>>"))
try:
    A.m()
except TypeError as e:
    print("TypeError:", e)
try:
    a.m(1, 2)
except TypeError as e:
    print("TypeError:", e)
def plain(self):
    return "plain", type(self).__name__
A.plain = plain
print(a.plain())
a.inst_fn = plain
try:
    a.inst_fn()
except TypeError as e:
    print("TypeError:", e)
print(a.inst_fn(1))
class B:
    f = staticmethod(len)
    g = classmethod(lambda cls: cls.__name__)
print(B.f("abc"), B().g())
print(callable(A.__dict__['s']), A.__dict__['s']("direct"))
print(isinstance(A.m, type(plain)), type(bm).__name__)
def deco(f):
    f.tag = "tagged"
    return f
class C:
    @deco
    def h(self):
        return 1
print(C.h.tag, C().h.tag)
try:
    C().h.other = 1
except AttributeError as e:
    print("AttributeError:", e)
