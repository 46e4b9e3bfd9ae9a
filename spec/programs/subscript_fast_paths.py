# Subscripts of exact strs and tuples (indexes, negative ones, slices, errors)
# next to subclasses that define their own __getitem__.
s = 'h\u00e9llo \U0001F600 w\ud800rld'
print(s[0], s[-1], s[6] == '\U0001F600', s[9] == '\ud800', s[2:8], ascii(s[::-3]), len(s), s[True])
t = (10, 'a', None, (1, 2), -0.0)
print(t[0], t[-1], t[3][1], t[1:4], t[::-2], t[True], t[-5])
for obj, key in ((s, 99), (s, -99), (s, 'x'), (s, 1.0), (t, 5), (t, -6), (t, None), (t, 2**70)):
    try:
        print(obj[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


class T(tuple):
    def __getitem__(self, i):
        return ('T', super().__getitem__(i))


class S(str):
    def __getitem__(self, i):
        return 'S' + super().__getitem__(i)


print(T((1, 2))[0], S('ab')[1], S('xy')[0:1], str.__getitem__(S('pq'), 1))
acc = 0
for i in range(len(s)):
    acc += ord(s[i]) % 7 + len(t[i % len(t)] if isinstance(t[i % len(t)], tuple) else ())
print(acc)
