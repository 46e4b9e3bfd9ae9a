from itertools import tee

a, b = tee([1, 2, 3])
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = tee(iter('abc'), 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee('ab', 1)), type(a).__name__)
src = iter(range(5))
p, q = tee(src)
print(list(zip(p, q)))
def pairs(it):
    a, b = tee(it)
    next(b, None)
    return list(zip(a, b))
print(pairs('abcd'))
c, d = tee(x * 10 for x in range(3))
e, f = tee(c)
print(list(e), list(f), list(d))
try:
    tee([1], -1)
except ValueError as e:
    print(e)
try:
    tee(5)
except TypeError as e:
    print(e)
