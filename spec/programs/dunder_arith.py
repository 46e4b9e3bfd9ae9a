class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))
    def __rsub__(self, o):
        return V(o - self.x)
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(self.x / k)
    def __floordiv__(self, k):
        return V(self.x // k)
    def __mod__(self, k):
        return V(self.x % k)
    def __pow__(self, k, mod=None):
        return V(pow(self.x, k, mod))
    def __rpow__(self, b):
        return V(b ** self.x)
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(+self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __matmul__(self, o):
        return self.x * o.x
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __lshift__(self, o): return V(self.x << o)
    def __rshift__(self, o): return V(self.x >> o)
    def __divmod__(self, o): return (V(self.x // o), V(self.x % o))
    def __rdivmod__(self, o): return "rdivmod"
a, b = V(7), V(2)
print(a + b, a + 1, 1 + a, a - b, 10 - a, a * 3, 3 * a, a / 2, a // 2, a % 4, a ** 2, 2 ** b, pow(a, 2, 5))
print(-a, +a, abs(V(-3)), ~a, a @ b, a & 3, a | 8, a ^ 1, a << 2, a >> 1, divmod(a, 2), divmod(1, a))
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
class N:
    pass
def trial(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
trial(lambda: N() + 1)
trial(lambda: 1 - N())
trial(lambda: N() * N())
trial(lambda: N() ** 2)
trial(lambda: -N())
trial(lambda: ~N())
trial(lambda: abs(N()))
trial(lambda: N() @ 1)
trial(lambda: pow(N(), 2, 3))
trial(lambda: +N())
class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ first"
print(V(1) + Sub(2))
