def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(type(1), type('a'), type(None), type(type), type([]) is list, type(1.5).__name__, type(print).__name__, type(len), type(t).__name__)
A = type('A', (), {'x': 1, 'f': lambda self: self.x + 1})
a = A()
print(A.__name__, A.x, a.f(), type(a) is A, isinstance(a, A), A.__bases__, A.__mro__)
B = type('B', (A,), {})
print(B.__mro__, B().f(), issubclass(B, A))
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type('A', 1, {}))
t(lambda: type('A', (), 1))
t(lambda: type(1, (), {}))
class P:
    def __init__(self): self.a = 1; self.b = 2
print(vars(P()), '__init__' in vars(P))
t(lambda: vars(1))
def f(x, y=2):
    z = 3
    return sorted(locals().items())
print(f(1))
def g():
    return vars()
print(g())
gl = globals()
print(gl['__name__'], 'f' in gl, type(gl).__name__, globals() is gl)
print('append' in dir([]), dir(1)[:3], 'a' in dir(P()))
q = 5
print('q' in dir(), 'zzz' in dir(), dir() == sorted(dir()))
class Dir:
    def __dir__(self): return ['b', 'a']
print(dir(Dir()))
