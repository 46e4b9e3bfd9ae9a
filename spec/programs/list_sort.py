def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data), sorted(data, reverse=True))
x = [5, 3, 5.0, 1, 3.0, True]
print(sorted(x), sorted(x, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
t(lambda: sorted([1, 'a']))
t(lambda: sorted(['a', 1]))
t(lambda: sorted([1, None]))
t(lambda: sorted([{}, {}]))
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([1, 2], 5))
t(lambda: sorted())
t(lambda: sorted([1], foo=1))
t(lambda: [3, 1].sort(reverse=None))
print(sorted('hello'), sorted({3: 1, 1: 2}), sorted({5, 2, 9}), sorted((3, 2, 1)), sorted([], reverse=True))
l = [3, 1, 2]
print(l.sort(), l)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K{self.v}'
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]), min(K(3), K(5)))
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([G(3), G(1), G(2)]))
big = list(range(100, 0, -1)) + list(range(50))
print(sorted(big)[:5], sorted(big, key=lambda v: -v)[:5], sorted(big, key=lambda v: v % 3)[:8])
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]), sorted([0.5, -1, 2**70, -2**70]))
t(lambda: sorted([(1, 2), (1, 'a')]))
nan = float('nan')
print(sorted([3, nan, 1]))
