# list.extend and += append an iterator's items one by one: what came before
# an exception stays, and the iteration sees the list grow.
def f(x):
    if x == 3:
        raise ValueError(x)
    return x
xs = [0]
try:
    xs.extend(map(f, [1, 2, 3, 4]))
except ValueError as e:
    print('caught', e, xs)
ys = [5]
try:
    ys += map(f, [1, 2, 3, 4])
except ValueError as e:
    print('caught', e, ys)
zs = [1, 2]
def g():
    for i in range(3):
        yield len(zs)
zs.extend(g())
print(zs)
zs.extend(zs)
print(zs)
zs += zs
print(zs)
zs.extend((1, 2))
zs.extend({3: 4})
zs.extend('ab')
print(zs)
try:
    zs.extend(5)
except TypeError as e:
    print(e)
try:
    zs += 5
except TypeError as e:
    print(e)
