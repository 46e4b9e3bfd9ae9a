# A suspended generator stays open while anything holds it: an itertools object,
# a comprehension's list still on the value stack, values being unpacked. It
# closes when the last holder goes (a small list deleted).
import itertools
def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('closed', tag)
g = gen('held-by-chain')
next(g)
c = itertools.chain(g, 'x')
g = None
print('after rebind, next:', next(c))
c = None
print("end chain")
def started(t):
    g = gen(t)
    next(g)
    return g
lst = [x for x in [started('a')]]
print('after comp')
print([next(x) for x in (started('b'),)])
print('after comp2')
a, b = iter([started('c'), 5])
print('after unpack')
del lst
print('end')
