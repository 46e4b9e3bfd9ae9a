from itertools import islice, count

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice(count(), 3, 8)))
print(list(islice([1, 2], 5)), list(islice([1, 2], 5, 10)), list(islice('ab', None)), list(islice('abc', None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), next(it))
gen = (print('made', i) or i for i in range(5))
print(list(islice(gen, 2)))
print(next(gen))
for bad in [(-1,), ('a',), (1, -1), (-1, 2), (0, 2, 0), (0, 2, -1), (1.5,), (0, 1, 'x')]:
    try:
        islice([1], *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    islice([1])
except TypeError as e:
    print(e)
try:
    islice(1, 2)
except TypeError as e:
    print(e)
