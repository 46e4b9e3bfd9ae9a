def f(*a, **k): return a, k
print(f(*map(str, range(3))), f(*'ab', *[1]), f(*range(2), x=1), set.intersection(*map(set, [[1, 2, 3], [2, 3], [3, 2]])))
print(max(*[3, 9, 2]), f(*(x for x in 'xy')), f(*{1: 2}), f(**{'a': 1}), list(zip(*[[1, 2], [3, 4]])))
for s in ['print(*1)', 'f(*1)', 'len(*None)', '[].append(*3)', 'set.intersection(*4)', 'int(*5)', 'f(**1)', 'f(**{1: 2})', 'f(x=1, **{"x": 2})']:
    try:
        eval(s)
    except TypeError as e:
        print(e)
