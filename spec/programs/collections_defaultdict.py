from collections import defaultdict

d = defaultdict(int)
for ch in 'mississippi':
    d[ch] += 1
print(d)
print(dict(d), d['zz'], len(d), d.get('q'), 'q' in d)
g = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    g[k].append(v)
print(g, g.default_factory)
s = defaultdict(set)
s['x'].add(1)
print(s)
n = defaultdict(lambda: 'none')
print(n['k'], dict(n))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], dict(nested['a']))
z = defaultdict()
print(z, z.default_factory)
try:
    z['missing']
except KeyError as e:
    print('KeyError', e)
d2 = defaultdict(int, {'x': 1}, y=2)
print(d2, d2.copy(), type(d2.copy()).__name__)
print(d2 | {'z': 3}, isinstance(d2, dict), type(d2).__name__)
d2.default_factory = str
print(d2['new'] == '', d2)
print(defaultdict(list, [(1, [2])]), repr(defaultdict(tuple)))
print(d == {'m': 1, 'i': 4, 's': 4, 'p': 2, 'zz': 0})
try:
    defaultdict(5)
except TypeError as e:
    print(e)
try:
    hash(defaultdict(int))
except TypeError as e:
    print(e)
try:
    defaultdict(int) + 1
except TypeError as e:
    print(e)
print(type(defaultdict).__name__, defaultdict.__name__, defaultdict.__module__, defaultdict)
