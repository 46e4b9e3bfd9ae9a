# Dicts of up to 8 entries find int, str, bool and float keys by scanning
# their entries, bigger ones by an index: equal keys must meet either way,
# also while a dict grows past 8 entries, shrinks, is copied or cleared.
from fractions import Fraction


class S(str):
    pass


class I(int):
    pass


def probe(d):
    return [d.get(k, '-') for k in (1, True, 1.0, 0, False, -0.0, 0.0, 'a', S('a'), I(1), 2 ** 70, float(2 ** 70), 2.5, Fraction(5, 2), None)]


for n in (0, 3, 7, 8, 9, 12):
    d = {}
    for j in range(n):
        d['k%d' % j] = j
    d[True] = 'true'
    d[S('a')] = 'S(a)'
    d[0.0] = 'zero'
    d[2 ** 70] = 'big'
    d[2.5] = 'two and a half'
    print(n, len(d), probe(d))
    d[1] = 'one'
    d['a'] = 'plain a'
    d[-0.0] = 'minus zero'
    d[float(2 ** 70)] = 'big float'
    d[Fraction(5, 2)] = 'fraction'
    print(n, len(d), probe(d), list(d)[-5:])
    del d[1.0]
    del d[S('a')]
    print(n, len(d), probe(d), 1 in d, 'a' in d, I(0) in d)
    c = d.copy()
    print(n, probe(c), c == d)
    for j in range(10):
        d['n%d' % j] = j
        if j % 2:
            del d['n%d' % (j - 1)]
    print(n, len(d), probe(d), list(d)[:3], list(d)[-3:])
    d.clear()
    d[I(1)] = 'I(1)'
    print(n, probe(d), d)

# Keys of other kinds among them: tuples, None, frozensets.
d = {(1, 2): 'tuple', None: 'none', frozenset({1}): 'fs', 1: 'one'}
print(d[(1, 2)], d[None], d[frozenset([1])], d[True], d.get((1, 2, 3)), d.get(2))
for j in range(10):
    d[(j,)] = j
print(len(d), d[(1, 2)], d[None], d[frozenset([1])], d[1.0], d[(9,)])

# setdefault, pop and popitem on a small dict with bool and float keys.
d = {False: 'f', 2.0: 'two'}
print(d.setdefault(0, 'x'), d.setdefault(2, 'y'), d.pop(0.0), d.popitem(), d)
