def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = (1, 2, 3, 2)
print(x.count(2), x.index(2), x.index(2, 2), len(x), 2 in x, 5 not in x, x + (5,), x * 2, 2 * x, x[::2])
t(lambda: x.index(9))
t(lambda: x + [1])
t(lambda: x[10])
def f():
    x[0] = 1
t(f)
def g():
    del x[0]
t(g)
t(lambda: hash(([],)))
print(tuple('ab'), tuple([1]), tuple(), tuple(range(3)), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 'a') == (1, 'a'))
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
print(hash((1, 2)) == hash((1, 2)), type(()).__name__, (1, 2).__len__(), tuple.__getitem__((5, 6), 1))
a, *b = (1, 2, 3); print(a, b)
t(lambda: x.count())
print(max((1, 2), (1, 3)), min([(2, 'a'), (1, 'z')]), sum((1, 2, 3)), sorted((3, 1)))
