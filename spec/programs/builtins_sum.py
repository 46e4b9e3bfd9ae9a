def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for args in [([0.1] * 10,), ([1, 0.1, 2**60, 1e100, -1e100],), ([1e100, 1.0, -1e100, 1e-100],), ([True, 2],), ([1.5, True],), ([], 0.0), ([2**64, 0.5],),
             ([float('inf'), float('-inf')],), ([1j, 2],), ([[1], [2]], []), ([1, 2, 0.5, 3],), ([2**63 - 1, 1],), ([-2**63, -1, 0.5],), ([0.5, 2**62, 2**62, 1],),
             ([0.1, 0.2, 0.3],), ([1e16, 1.0, 1.0],), ([1.0, 1e16, -1e16],), ((x / 7 for x in range(100)),), ([(1,), (2,)], ()), ([1, 2], 10), ([1.5], 2**70), ([], [])]:
    t(lambda: sum(*args))
t(lambda: sum([0.5, 2**1100]))
t(lambda: sum(['a', 'b']))
t(lambda: sum(['a'], ''))
t(lambda: sum([1], []))
t(lambda: sum([[1]], start=[0]))
t(lambda: sum(5))
t(lambda: sum([None]))
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __repr__(self): return f'V({self.x})'
print(sum([V(1), V(2)]), sum([V(1)], V(10)), sum([1.5, V(2)]))
