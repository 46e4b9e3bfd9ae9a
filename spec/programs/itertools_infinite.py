import itertools
from itertools import count, cycle, repeat

c = count()
print(next(c), next(c), c)
print(list(zip(count(5), 'abc')), list(zip(count(1, 2), range(3))), list(zip(count(0.5, 0.25), 'xy')))
c2 = count(10, -3)
print([next(c2) for _ in range(4)], c2)
print(count(1.5), count(2, 3), count(start=7), count(step=2), count(0, 1.0), count(True), count(2 ** 70))
print(list(itertools.islice(cycle('ab'), 5)), list(itertools.islice(cycle([]), 3)))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), repeat(7), repeat(7, 2), repeat([1], times=1))
r = repeat('z', 2)
next(r)
print(r, list(map(pow, range(4), repeat(2))))
for i in count(3):
    if i > 5:
        break
    print(i, end=' ')
print()
cy = cycle(x * 2 for x in range(3))
print([next(cy) for _ in range(7)])
print(type(c).__name__, type(c), iter(c) is c)
