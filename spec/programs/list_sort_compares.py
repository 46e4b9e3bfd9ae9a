calls = 0
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global calls
        calls += 1
        return self.v < o.v
    def __repr__(self): return f'K({self.v})'
def lcg(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append(x % 1000)
    return out
for n, seed in [(10, 1), (64, 2), (65, 3), (200, 4), (300, 5)]:
    data = lcg(n, seed)
    calls = 0
    r = sorted(K(v) for v in data)
    print(n, calls, [k.v for k in r] == sorted(data))
    calls = 0
    r = sorted((K(v) for v in data), reverse=True)
    print(n, 'rev', calls)
    calls = 0
    sorted(K(v) for v in sorted(data))
    print(n, 'sorted', calls)
    calls = 0
    sorted(K(v) for v in sorted(data, reverse=True))
    print(n, 'desc', calls)
    half = sorted(data[:n // 2]) + sorted(data[n // 2:])
    calls = 0
    sorted(K(v) for v in half)
    print(n, 'halves', calls)
    calls = 0
    sorted(K(v % 3) for v in data)
    print(n, 'dups', calls)
    calls = 0
    sorted(data, key=K)
    print(n, 'key', calls)
