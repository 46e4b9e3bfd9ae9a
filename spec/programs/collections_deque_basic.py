from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d, d.count(7), d.index(7), 8 in d, 'z' in d)
d.remove('a')
d.insert(1, 'new')
d[0] = 'first'
del d[2]
print(d, list(d), list(reversed(d)))
d.reverse()
print(d, d.copy(), d == d.copy(), d is d.copy())
d.clear()
print(d, bool(d), len(d))
q = deque()
q.append('start')
seen = []
while q:
    node = q.popleft()
    seen.append(node)
    if len(seen) < 5:
        q.append(node + '>')
print(seen)
print(deque('abc') + deque('de'), deque([1, 2]) * 2, 3 * deque([0]))
e = deque([1])
e += [2, 3]
e *= 2
print(e)
print(deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
print(type(d).__name__, deque.__module__, [x * 2 for x in deque(range(4))])
r = deque([1])
r.append(r)
print(r)
print(deque(range(5)).index(3, 1, 4), deque('hello').count('l'))
