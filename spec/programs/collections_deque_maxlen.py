from collections import deque

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31])
print(d)
print(deque(maxlen=0), deque('abc', 0), deque([1, 2], maxlen=None).maxlen)
print(deque([1, 2], maxlen=5) * 3, deque([1, 2], 3) + deque([9, 8]))
last3 = deque(maxlen=3)
for i in range(7):
    last3.append(i * i)
    print(list(last3), sum(last3))
print(deque([1, 2], maxlen=2).copy())
