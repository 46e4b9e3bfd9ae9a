def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
t(lambda: next(it))
t(lambda: next([1]))
t(lambda: iter(5))
t(lambda: iter(5, 1))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))), list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, [])))
print(list(zip()), list(zip([1, 2], 'ab', (True, False))), list(zip(range(5), 'abc')), list(zip([1, 2], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
t(lambda: list(zip([1], [3, 4], [5, 6], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], [5, 6, 7], strict=True)))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
class R:
    def __reversed__(self): return iter('zyx')
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())), list(reversed(S())), list(S()) if False else [x for x in S() if x < 0 or True][:0])
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
t(lambda: reversed(iter([1])))
t(lambda: reversed((x for x in [1])))
class T:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(list(T()), 2 in T(), list(enumerate(T())), max(T()), sorted(T(), reverse=True))
e = enumerate('ab')
print(type(e).__name__, next(e), list(e), iter(e) is e)
z = zip('a', 'b')
print(type(z).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__, type(reversed(range(1))).__name__, type(iter('')).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter(lambda: 1, 2)).__name__, type(reversed({})).__name__, type(reversed('a')).__name__)
