# A method-call site whose callable the instance holds (`obj.fn(x)`, fn in
# obj.__dict__, none in its class): etpy caches that only the instance dict
# can have it, so every change to the instance or its class must still show.
class Task:
    def __init__(self, fn):
        self.fn = fn

class WithGetattr:
    def __init__(self, fn):
        self.fn = fn
    def __getattr__(self, name):
        return lambda x: f'__getattr__ {name} {x}'

def call(o, x):
    try:
        return o.fn(x)
    except AttributeError as e:
        return f'AttributeError: {e}'

double = lambda x: x * 2
a, b = Task(double), Task(str)
for _ in range(3):
    print(call(a, 3), call(b, 4))
del a.fn
print(call(a, 5))
a.fn = lambda x: ('new', x)
print(call(a, 6))
Task.fn = lambda self, x: ('class method', x)
print(call(a, 7), call(b, 8))
del a.fn
print(call(a, 9))
del Task.fn
print(call(a, 10), call(b, 11))
w = WithGetattr(double)
print(call(w, 12))
del w.fn
print(call(w, 13))
b.__class__ = WithGetattr
print(call(b, 14))
del b.fn
print(call(b, 15))

def loop(objs):
    out = []
    for i in range(200):
        out.append(call(objs[i % len(objs)], i))
    return out[-4:]
print(loop([Task(double), Task(abs), WithGetattr(str)]))

# Class attributes that are not plain functions: a staticmethod (the instance
# dict still wins over it) and a property (it wins over the instance dict).
class Static:
    fn = staticmethod(lambda x: ('static', x))

class Prop:
    @property
    def fn(self):
        return lambda x: ('property', x)

s, p = Static(), Prop()
print(call(s, 1), call(p, 2))
s.__dict__['fn'] = lambda x: ('instance', x)
p.__dict__['fn'] = lambda x: ('instance', x)
print([call(s, 3) for _ in range(3)], [call(p, 4) for _ in range(3)])
