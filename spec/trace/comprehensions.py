xs = [1, 2, 3]
ys = [x * 2 for x in xs]
zs = {x: x * x for x in xs if x > 1}
ss = {x % 2 for x in xs}
pairs = [(a, b) for a in range(2) for b in range(2)]

def f(items):
    t = 10
    out = [i + t for i in items]
    again = [i for i in out if i > 11]
    w = 1
    more = [i * w for i in again]
    return out, more

print(ys, zs, ss, pairs, f(xs))
