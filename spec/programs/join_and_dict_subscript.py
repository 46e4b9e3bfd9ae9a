# str.join over lists and tuples (exact str items, str subclasses, non-str
# items and their errors) and subscripting exact dicts versus dict subclasses.
class S(str):
    def __str__(self):
        return 'never used by join'


print('-'.join(['a', 'b', 'c']), ''.join(('x', 'y')), ','.join([]), '|'.join(['only']))
print(' '.join([S('sub'), 'plain', S('x')]), type(' '.join([S('a')])).__name__)
for bad in (['a', 1, 'b'], ('a', None), ['a', b'b'], [1]):
    try:
        '.'.join(bad)
    except TypeError as e:
        print('TypeError:', e)
print('+'.join(str(i) for i in range(5)), ':'.join({'k1': 1, 'k2': 2}), ''.join('abc'))

d = {'a': 1, 2: 'two', (1, 2): [3]}
print(d['a'], d[2], d[(1, 2)], d[2.0], d[True - 1 + 2])
d['a'] += 10
d[3] = d.get(3, 0) + 1
print(d)
for key in ('missing', [1], {}):
    try:
        print(d[key])
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError', e)


class Missing(dict):
    def __missing__(self, key):
        return f'<{key}>'


class Logged(dict):
    def __getitem__(self, key):
        print('get', key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


m = Missing(a=1)
print(m['a'], m['b'], 'b' in m)
lg = Logged()
lg['x'] = 5
lg['x'] += 1
print(lg['x'], lg)
