# Slice assignment from lists, tuples, the list itself, and iterables whose
# __iter__ prints (CPython calls it once), plus its errors; list slicing.
class Loud:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print('__iter__ called')
        return iter(self.items)


a = list(range(8))
a[2:5] = (20, 30)
print(a)
a[:] = Loud([1, 2, 3])
print(a)
a[::2] = Loud('xy')
print(a)
a[1:1] = a
print(a)
a[::-1] = a
print(a)
for value in (5, None, Loud([1, 2, 3])):
    try:
        a[::3] = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = [3, 1, 4, 1, 5, 9, 2, 6]
print(b[1:6:2], b[::-2], b[-3:], b[:100], b[5:2], b[:], b[::-1] == list(reversed(b)))
perm = list(range(6))
k = perm[3]
perm[:k + 1] = perm[k::-1]
print(perm)
del b[::3]
print(b)
