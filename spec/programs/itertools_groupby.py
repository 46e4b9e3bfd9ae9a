from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, grp in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in grp])
words = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=len)
print({k: list(g) for k, g in groupby(words, len)})
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby('xxyyz')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
encoded = ''.join(f'{len(list(g))}{k}' for k, g in groupby('wwwwaaadexxxxxx'))
print(encoded)
