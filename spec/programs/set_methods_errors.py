def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
t(lambda: s.remove(5))
t(lambda: s.remove((1, 2)))
t(lambda: s.add([1]))
t(lambda: {[1]})
t(lambda: set([[1]]))
t(lambda: set().pop())
t(lambda: s | [1])
t(lambda: s & 'ab')
t(lambda: s - (1,))
t(lambda: s ^ None)
t(lambda: s < [1])
t(lambda: s.union(1))
t(lambda: s.update(1))
t(lambda: s.issubset(5))
t(lambda: frozenset([1]).add(2))
t(lambda: hash(s))
t(lambda: set(1, 2))
t(lambda: set(x=1))
t(lambda: frozenset(x=1))
t(lambda: s.add())
t(lambda: s.union(x=1))
print({frozenset([1])} == {frozenset([1])}, frozenset([1]) in {frozenset([1])}, {1} in [{1}], set([1]) in {frozenset([1])})
x = {frozenset([1, 2]), 3}
x.remove({1, 2})
print(x)
x.discard({3})
print(x, {1, 2} == frozenset([1, 2]), type({1} | frozenset([2])), type(frozenset([2]) | {1}), type(frozenset([1]).copy()))
for v in [set(), frozenset(), {1}, frozenset({2})]:
    print(repr(v), str(v), bool(v), len(v))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), F([3]), type(S([1]) | {2}).__name__, type(F([1]) & {1}).__name__, S(), F(), S([1]).copy(), type(S([1]).copy()).__name__)
r = {1, 2, 3}
try:
    for i in r:
        r.add(i + 10)
except RuntimeError as e:
    print(e)
r = {1, 2, 3}
for i in r:
    r.discard(i); r.add(i)
print(r)
