def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
    def __eq__(self, o):
        return isinstance(o, A) and o.x == self.x
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
b = B(1, 2)
print(b, b.y, A(1) == b, [A(i) for i in range(3)])
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(5)), sorted([3,1,2], reverse=True))
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e, repr(e))
d = {}
for w in "the quick the lazy the end".split():
    d[w] = d.get(w, 0) + 1
print(d, max(d, key=d.get), {1,2,3} | {4}, "%5.2f|%-4d|%s" % (3.14159, 42, 'x'))
print("{:>8}|{:08.3f}|{}".format("ab", 2.5, [1]))
x = [1,2,3]
a, *rest = x
print(a, rest, x[::-1], x[1:], "abc"[::-1], divmod(-7, 2), -7 // 2, 7 % -3, 2 ** -1, round(2.675, 2))
def kw(a, b=2, *args, c, **kw): return (a, b, args, c, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, d=6))
print(isinstance(True, int), type(1.0).__name__, str(None), hash("a") == hash("a"), 10**20 // 3, -(2**70) % 7)
import sys
sys.stdout.write("done\n")
assert 1 == 2, "boom"
