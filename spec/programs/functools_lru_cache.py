from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache(maxsize=2)
def double(x):
    print('computing', x)
    return x * 2

print(double(1), double(2), double(1), double(3), double(2), double(1))
print(double.cache_info(), double.cache_parameters())
double.cache_clear()
print(double.cache_info())

@cache
def ident(x):
    return x

print(ident(1), ident(1.0), ident(True), ident.cache_info())

@lru_cache
def kw(a, b=2, *, c=3):
    return a + b + c

print(kw(1), kw(1, 2), kw(a=1), kw(1, c=3), kw(1), kw.cache_info())

@lru_cache(typed=True)
def typed(x):
    return x

print(typed(1), typed(1.0), typed(True), typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

print(nocache(1), nocache(1), nocache.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, double.__doc__)

class Grid:
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

print(Grid().paths(10, 10))

@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

print(depth(400))
try:
    depth(700)
except RecursionError as e:
    print('RecursionError', e, depth.cache_info().currsize)
print(depth(600))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: lru_cache(1.5))
show(lambda: lru_cache('x'))
show(lambda: lru_cache(-5)(len)('ab'))
