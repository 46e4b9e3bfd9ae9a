class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class P:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, type(P.x).__name__)
try:
    p.x = "a"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x)
p.__dict__['y'] = 100
print(p.y)

class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)
class Q:
    a = NonData()
q = Q()
print(q.a, Q.a)
q.__dict__['a'] = 'inst'
print(q.a)
q.a = 'assigned'
print(q.a, Q.a)

class Counter:
    def __init__(self):
        self.calls = 0
    def __get__(self, obj, objtype):
        self.calls += 1
        return self.calls
class R:
    c = Counter()
r = R()
print(r.c, r.c, R.c)

class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner=None):
        return self.v
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class S:
    k = Const(5)
s = S()
try:
    s.k = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.k)
S.k = 9
print(s.k)
