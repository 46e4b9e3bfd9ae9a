def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, E) and self.v == o.v
a = [E(1), E(2)]
print(a == [E(1), E(3)])
print(E(2) in a)
print(a.count(E(1)), a.index(E(2)))
print((1, 2) < (1, 2, 3), (1, 2) < (1, 3), () < (0,), [1, [2, 3]] < [1, [2, 4]], [] == [], [[]] == [[]], (1,) == [1])
t(lambda: (1, 2) < (1, 'a'))
t(lambda: [1, 2] < [1, None])
t(lambda: [None] < [None])
t(lambda: [1] > 'a')
t(lambda: (1,) <= [1])
nan = float('nan')
l = [nan]
print(l == l, [nan] == [nan], nan in l, l.count(nan), l.index(nan), (nan,) == (nan,), [float('nan')] == [float('nan')])
print(list.__eq__([1], (1,)), tuple.__lt__((1,), (2,)), list.__len__([1, 2]), list.__contains__([1], 1))
t(lambda: list.append((), 1))
t(lambda: list.__len__(()))
class L(list):
    def __repr__(self): return 'L' + list.__repr__(self)
x = L([3, 1, 2])
x.sort()
print(x, type(x + [1]).__name__, type(x * 2).__name__, type(x[:]).__name__, x == [1, 2, 3], len(x), isinstance(x, list))
class T(tuple):
    pass
y = T((1, 2))
print(y, type(y + (3,)).__name__, type(y[:]).__name__, y == (1, 2), hash(y) == hash((1, 2)))
print(list((1, 2)) is not None, tuple([1, 2]), list(range(3)) * 2, [0] * 3, [[0] * 2] * 2, ([],) * 2)
