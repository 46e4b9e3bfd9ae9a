a = {5, 13, 21, 29, 1, 9, 100, 7}
b = {13, 29, 44, 1000, 3, 11, 5}
print(a, b)
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [99, 17, 33]), a.intersection(b, range(20)), a.difference(b, [1]), a.symmetric_difference(range(10)))
print(a.union(), a.intersection(), a.difference(), a.union({}), a.union({'x': 1, 57: 2}))
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(s)
s.add(100); s.add(3); s.add(64)
print(s)
t = set(range(40, 0, -3))
print(t, t.pop(), t.pop(), t)
u = {1, 2, 3}
u |= {33, 65, 97}
print(u)
u &= {97, 1, 65, 200}
print(u)
u -= {1}
print(u)
u ^= {5, 97, 37}
print(u)
v = set()
v.update([8, 16, 24], {32: 0, 40: 1}, (48,))
print(v)
v.intersection_update([16, 24, 32, 99], {24, 32, 16})
print(v)
v.difference_update({16})
print(v)
v.symmetric_difference_update([1, 2, 3, 24])
print(v)
big = set(range(100))
print(big - set(range(5, 95)), set(range(0, 200, 7)) & big)
c = big.copy(); c -= set(range(10, 90))
print(c)
print(set([3, 1, 2]) == {1, 2, 3}, {1} < {1, 2}, {1, 2} <= {1, 2}, {3} > set(), {1} >= {2}, {1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint([2]))
print(frozenset([10, 2, 34]) | {1}, {1} | frozenset([10, 2, 34]), frozenset('abc') == set('abc'), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(sorted({-1, -2, -3, 2**64, -2**64, 0.5, 1.5}), {-1, -2, -3}, {2**61 - 1, 2**61, 2**62}, {0.5, 1.5, 2.5, -0.5})
print({True, 1, 1.0, 0, False}, {1.0, True}, {(1, 2), (2, 1), ()}, {None, ...})
