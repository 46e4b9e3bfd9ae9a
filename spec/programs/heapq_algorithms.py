import heapq
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed

data = [rnd() % 51 for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
h2 = data[:]
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 25), h2)
print(heapq.heappushpop(h2, 3), h2)
print(heapq.heappushpop(h2, 30), h2)
pairs = [(x % 5, 'abcdefghij'[x % 10]) for x in data]
print(heapq.nsmallest(5, pairs))
print(heapq.nlargest(5, pairs))
print(heapq.nsmallest(4, data, key=lambda v: v % 7))
print(heapq.nlargest(4, data, key=lambda v: v % 7))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
print(heapq.nsmallest(3, iter(data), key=lambda v: -v), heapq.nlargest(3, iter(data), key=str))
print(heapq.nsmallest(1, data), heapq.nlargest(1, data, key=lambda v: v % 3), heapq.nlargest(1, []))
print(heapq.nsmallest(0, data), heapq.nlargest(-1, data), heapq.nsmallest(100, data)[:5])
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10])))
print(list(heapq.merge(['a', 'bb', 'ccc'], ['dd', 'e'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([3, 1], [4, 2], key=lambda v: -v)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
m = heapq.merge([1, 2], [1, 2])
print(type(m).__name__, next(m))

class Item:
    def __init__(self, p, name):
        self.p = p
        self.name = name
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return f'{self.name}{self.p}'

items = [Item(x % 4, chr(97 + i)) for i, x in enumerate(data[:15])]
h = []
for it in items:
    heapq.heappush(h, it)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(6, items, key=lambda i: i.p))
print(heapq.nlargest(6, items, key=lambda i: i.p))
print(list(heapq.merge(sorted(items[:7], key=lambda i: i.p), sorted(items[7:], key=lambda i: i.p))))
h = [Item(1, 'x'), Item(1, 'y'), Item(0, 'z')]
heapq.heapify(h)
print(h)
print(heapq._heappop_max([3, 1, 2]))
big = [rnd() / 2**31 for _ in range(3000)]
heapq.heapify(big)
print(big[:5], [heapq.heappop(big) for _ in range(3)])
