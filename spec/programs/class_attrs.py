class A:
    shared = []
    n = 0
    def add(self, v):
        self.shared.append(v)
        self.n += 1

a, b = A(), A()
a.add(1)
b.add(2)
print(A.shared, a.n, b.n, A.n)
print('n' in a.__dict__, 'shared' in a.__dict__)
A.n = 10
c = A()
print(c.n, a.n)
del a.n
print(a.n)
try:
    del a.n
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, 'missing', 'dflt'), hasattr(a, 'add'), hasattr(a, 'zzz'))
setattr(a, 'dyn', 5)
print(a.dyn, sorted(vars(a)))
print(A.__name__, A.__qualname__, A.__module__)
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(repr(a).startswith('<__main__.A object at 0x'))
print(repr(A), str(A))
print(type(A), type(type))
print(A.__dict__['n'], type(A.__dict__).__name__)
try:
    A.__dict__['n'] = 3
except TypeError as e:
    print("TypeError:", e)
print(A.__doc__)
class Doc:
    "Docstring here."
print(Doc.__doc__, Doc().__doc__)
print(A.__bases__, A.__base__, A.__mro__)
try:
    (1).foo = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".upper = None
except AttributeError as e:
    print("AttributeError:", e)
