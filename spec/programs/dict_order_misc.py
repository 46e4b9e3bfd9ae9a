d = {}
for i in range(20):
    d[i * 7 % 13] = i
print(d)
for k in [3, 5, 7]:
    del d[k]
d[5] = 'new'; d[100] = 'x'
print(d, list(d), list(d.values())[:3], d.popitem(), d.popitem())
e = dict.fromkeys('mississippi')
print(e, list(e))
f = {'b': 1, 'a': 2}
f['c'] = 3
del f['b']
f['b'] = 4
print(f, f == {'a': 2, 'c': 3, 'b': 4}, list(f.items()))
g = {1: 'a'}
g[1.0] = 'b'
g[True] = 'c'
print(g, {1.0: 'x', 1: 'y'}, {0.0: 1, -0.0: 2}, {2**64: 1, float(2**64): 2})
h = {}
h.update(zip('abc', range(3)))
h.setdefault('d', [])
h['d'].append(1)
print(h, sorted(h, reverse=True), sorted(h.items(), key=lambda kv: -kv[1] if isinstance(kv[1], int) else 0))
print({k: v for k, v in zip('xyz', range(3)) if v}, {**{'a': 1}, 'b': 2, **{'a': 3}}, dict(**{'k': 1}))
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big), 501 in big, 500 in big)
