# Comparing exact tuples and lists (sorting by tuple keys, nested, mixed
# element types, NaN, subclasses with their own comparisons, errors).
pairs = [('b', 2), ('a', 3), ('b', 1), ('a', 3, 0), ('a',), ()]
print(sorted(pairs), sorted(pairs, reverse=True))
print(sorted([[3, 1], [2], [2, 5], [], [3]]), [1, 2] < [1, 2, 0], (1, 2) <= (1, 2), (1, (2, 3)) > (1, (2, 2)))
nan = float('nan')
print((1, nan) == (1, nan), (nan,) < (nan,), [nan] == [nan], (1, 2.0) == (1, 2), (0, 'a') != (0, 'a'))
words = 'the quick brown fox jumps over the lazy dog'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])


class T(tuple):
    def __lt__(self, other):
        print('T.__lt__')
        return True


class L(list):
    def __gt__(self, other):
        return 'L.__gt__'


print(T((9,)) < (1,), (1,) > T((9,)), [1] < L([0]), L([0]) > [1])
for a, b in (((1, 'x'), (1, 2)), ([1, None], [1, 0]), ((), [])):
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
deep, other = (1,), (1,)
for i in range(50):
    deep, other = (deep, i), (other, i)
print(deep < (deep[0], 50), deep == other, deep <= other, [deep] > [other])
