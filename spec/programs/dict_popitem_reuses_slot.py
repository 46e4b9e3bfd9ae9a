# popitem() frees the last entry's slot, so a key inserted next takes it:
# a loop over the dict that popped and inserted in its body (same size)
# ends instead of seeing the new key, as in CPython.
d = {'a': 1}
for k in d:
    d.popitem()
    d['b'] = 2
    print('saw', k)
print(d)
d = {'x': 1, 'y': 2, 'z': 3}
for k in d:
    print('at', k)
    d.popitem()
    d['w' + k] = 0
    if len(d) > 5:
        break
print(d)
e = {1: 1, 2: 2}
del e[1]
e.popitem()
e[3] = 3
print(e, list(e.items()))
try:
    f = {'p': 0, 'q': 1}
    for k in f:
        del f['q']
        f['r'] = 2
except (RuntimeError, KeyError) as err:
    print(type(err).__name__, err)
