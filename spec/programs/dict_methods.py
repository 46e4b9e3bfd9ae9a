def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
d['c'] = 3; d['a'] = 10
print(d, len(d), d.get('a'), d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(d.setdefault('d', 4), d.setdefault('a', 99), d.pop('b'), d.pop('zz', None), d)
print(d.popitem(), d, d.copy(), d.copy() is d, list(d.keys()), list(d.values()), list(d.items()))
t(lambda: d['zz'])
t(lambda: d[(1, 2)])
t(lambda: d[[1]])
t(lambda: {[1]: 2})
t(lambda: d.pop('zz'))
t(lambda: {}.popitem())
t(lambda: d[None])
t(lambda: d[''])
t(lambda: d["it's"])
def f():
    del d['nope']
t(f)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=4)
print(d)
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.update(['abc']))
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update({}, {}))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip('abc', range(3))), dict(), dict([]), dict(['ab', 'cd']))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), {}.fromkeys('x', 5))
e = {1: 'a', 2: 'b'}
print(e | {2: 'B', 3: 'c'}, {3: 'c'} | e, e)
e |= {4: 'd'}; e |= [(5, 'e')]
print(e)
t(lambda: e | [(1, 2)])
t(lambda: [(1, 2)] | e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {}, {1: 1.0} == {1.0: 1}, {} == [])
t(lambda: {1: 2} < {1: 2})
print({True: 'a', 1: 'b', 1.0: 'c'}, {0: 'x', False: 'y', 0.0: 'z'}, {-0.0: 1, 0: 2})
nan = float('nan')
g = {nan: 1}
print(g[nan] if nan in g else 'missing', float('nan') in g, len({float('nan'): 1, float('nan'): 2}))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.items())), list(reversed({1: 2}.values())))
d2 = {i: i * i for i in range(10)}
for k in list(d2):
    if k % 2: del d2[k]
print(d2, list(d2.items())[:2])
d2[1] = 1; d2[0] = 'zero'
print(d2)
try:
    for k in d2:
        d2[k + 100] = 1
except RuntimeError as e:
    print(e)
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print(e)
d3 = {1: 1, 2: 2}
try:
    for k in d3:
        del d3[k]
        d3[k + 10] = 0
except RuntimeError as e:
    print(e)
print(d3)
print(repr({'a': [1, {'b': (2,)}]}), str({1: 'x'}), {(1, 2): {3}})
print(dict.__name__, type({}.keys()).__name__, type({}.items()).__name__, type({}.values()).__name__, type(iter({})).__name__)
print({}.keys(), {1: 2}.values(), {1: 2}.items(), len({1: 2}.items()), 1 in {1: 2}.keys(), (1, 2) in {1: 2}.items(), 2 in {1: 2}.values())
class M(dict):
    def __missing__(self, k): return k * 2
m = M(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
class Dd(dict):
    pass
print(Dd(x=1) == {'x': 1}, type(Dd(x=1) | {}).__name__, type(Dd(x=1).copy()).__name__)
t(lambda: dict(1, 2))
t(lambda: {}.get())
t(lambda: {}.keys(1))
t(lambda: dict.fromkeys())
