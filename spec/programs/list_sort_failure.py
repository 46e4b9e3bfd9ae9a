class Bomb:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Bomb.n += 1
        if Bomb.n == 40:
            raise ValueError('boom')
        return self.v < o.v
    def __repr__(self): return str(self.v)
data = [Bomb((i * 37) % 50) for i in range(50)]
try:
    data.sort()
except ValueError as e:
    print('error', e)
print(data)
Bomb.n = 0
data = [Bomb((i * 13) % 30) for i in range(30)]
try:
    data.sort(reverse=True)
except ValueError as e:
    print('error', e)
print(data)
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(l)
m = [3, 'a', 1]
try:
    m.sort()
except TypeError as e:
    print(e)
print(m)
def badkey(x):
    if x == 2:
        raise KeyError(x)
    return x
n = [5, 2, 9]
try:
    n.sort(key=badkey)
except KeyError as e:
    print('key', e)
print(n)
try:
    [1, 2].sort(reverse=None)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0))
