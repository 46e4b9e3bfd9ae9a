xs = [10, 20, 30]
def f(d):
    for i in range(2):
        for x in xs:
            p = xs.index(x)
            q = p
    for key in d:
        q = key
    for c in 'ab':
        q = c
    return q
f({'a': 1, 'b': 2})
