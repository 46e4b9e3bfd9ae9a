# One LOAD_ATTR instruction sees many owners and changing classes: etpy caches
# what the type lookup found per instruction, so every change must still show.
class Base:
    def m(self):
        return 'Base.m'

class A(Base):
    pass

class B(Base):
    def m(self):
        return 'B.m'

def call_m(o):
    return o.m()

def get_x(o):
    try:
        return o.x
    except AttributeError as e:
        return f'AttributeError: {e}'

a, b = A(), B()
for o in [a, b, a, b]:
    print(call_m(o))
Base.m = lambda self: 'patched Base.m'
print(call_m(a), call_m(b))
A.m = lambda self: 'A.m'
print(call_m(a))
del A.m
print(call_m(a))
a.m = lambda: 'instance m'
print(call_m(a))
del a.m
print(call_m(a))
a.__class__ = B
print(call_m(a))
a.__class__ = A

a.x = 1
print(get_x(a), get_x(b))
b.x = 2
print(get_x(a), get_x(b))
del a.x
print(get_x(a))
A.x = 'class x'
print(get_x(a))
a.x = 'own x'
print(get_x(a))
del A.x
print(get_x(a))
A.x = property(lambda self: 'property x')
print(get_x(a))
del A.x

class WithGetattr:
    def __getattr__(self, name):
        return f'getattr {name}'
w = WithGetattr()
print(get_x(w))
w.x = 'set'
print(get_x(w))
del w.x
print(get_x(w))

class Counting:
    n = 0
    def __getattribute__(self, name):
        Counting.n += 1
        return object.__getattribute__(self, name)
c = Counting()
c.x = 5
print(get_x(c), get_x(c), Counting.n)
A.__getattribute__ = lambda self, name: (lambda: f'intercepted {name}') if name == 'm' else f'intercepted {name}'
print(get_x(a), call_m(a))
del A.__getattribute__
print(get_x(a), call_m(a))

class Slotted:
    __slots__ = ('x',)
s = Slotted()
print(get_x(s))
s.x = 'slot'
print(get_x(s))
for o in [s, a, w, b, s]:
    print(type(o).__name__, get_x(o))
print([o.m() for o in [A(), B(), Base()]])
