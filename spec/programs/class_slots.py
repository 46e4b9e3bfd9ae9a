# __slots__: only the named attributes, no __dict__, member descriptors.
class A:
    __slots__ = ('x', 'y')
a = A()
try:
    a.x
except AttributeError as e:
    print(repr(e))
a.x = 1
print(a.x, A.x, hasattr(a, '__dict__'))
try:
    a.z = 1
except AttributeError as e:
    print(repr(e))
del a.x
try:
    del a.x
except AttributeError as e:
    print(repr(e))
class B(A):
    pass
b = B()
b.z = 3
print(b.__dict__)
class C(A):
    __slots__ = ('w',)
c = C()
c.w = 1
c.x = 2
try:
    c.q = 1
except AttributeError as e:
    print(repr(e))
print(C.__slots__, c.w, c.x)
class D:
    __slots__ = '__dict__', 'k'
d = D()
d.k = 1
d.m = 2
print(d.__dict__, d.k)
class P:
    __slots__ = ['__secret']
    def __init__(self):
        self.__secret = 5
    def get(self):
        return self.__secret
print(P().get(), '_P__secret' in dir(P))
