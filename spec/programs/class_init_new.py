class A:
    count = 0
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        inst = super().__new__(cls)
        A.count += 1
        return inst
    def __init__(self, x, y=2):
        print("init", x, y)
        self.x = x
        self.y = y

a = A(1, y=5)
print(a.x, a.y, A.count)
b = A(3)
print(b.x, b.y, A.count, type(b) is A, isinstance(b, A))

class B:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(B())

class C:
    def __init__(self):
        return None
print(type(C()).__name__)

class D:
    def __init__(self):
        return 1
try:
    D()
except TypeError as e:
    print("TypeError:", e)

class E:
    pass
try:
    E(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)

class F:
    def __init__(self, a):
        self.a = a
try:
    F()
except TypeError as e:
    print("TypeError:", e)
try:
    F(1, 2)
except TypeError as e:
    print("TypeError:", e)

class G:
    def __new__(cls, v):
        self = object.__new__(cls)
        self.v = v
        return self
g = G(7)
print(g.v)
try:
    object.__new__(G, 1)
except TypeError as e:
    print("TypeError:", e)
