def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{"c": 0, "z": 9}))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def show(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print("TypeError:", e)
show(pos, 1, b=2, c=3, d=4)
show(pos, a=1, b=2, c=3, d=4)
show(pos, 1, 2, 3, 4)
show(pos, 1, 2, 3)
show(f)
show(f, 1)
show(f, 1, c=1, a=2)
def g(x, y):
    pass
show(g)
show(g, 1)
show(g, 1, 2, 3)
show(g, 1, y=2, z=3)
show(g, 1, x=1)
def h(a, b, c, d=1):
    pass
show(h, 1)
show(h, 1, 2, 3, 4, 5)
def k(*, a, b):
    pass
show(k, 1)
show(k, a=1)
show(k)
def none():
    pass
show(none, 1)
show(none, x=1)
def kwo(a, *, b):
    pass
show(kwo, 1, 2, b=3)
show(kwo, 1, 2)
show(lambda: 0, 1)
show(lambda x: 0)
class C:
    def m(self, x):
        pass
show(C().m)
show(C().m, 1, 2)
show(C.m)
def dd(a, b=[]):
    b.append(a)
    return b
print(dd(1), dd(2), dd(3, []))
print(f.__defaults__, f.__kwdefaults__, none.__defaults__, f.__name__, f.__qualname__)
def doc():
    "A docstring."
    return 1
print(doc.__doc__, f.__doc__, (lambda: 1).__doc__)
doc.__dict__["x"] = 1
doc.y = 2
print(doc.x, sorted(doc.__dict__))
show(g, *5)
show(g, **5)
show(g, **{1: 2})
show(g, 1, **{"y": 2, "x": 3})
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
