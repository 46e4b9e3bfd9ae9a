a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = {'k': a}
a.append(b)
print(a, b)
c = (1, [2])
c[1].append(c)
print(c)
d = {}
d['self'] = d
print(d, [d])
print((1,), (), ((),), [()], ([],), [[[]]], ('a', "b'c", 'd"e'))
class R:
    def __repr__(self): return 'R!'
print([R(), R()], (R(),), {R(): 1} if False else {1: R()})
s = set()
print(s, [s], frozenset(), [frozenset([1])])
