# Containers that hold themselves, at every depth the repr cache checks:
# their reprs show [...] / {...} where CPython's do, event after event.
def f():
    a = [1, 2]
    a.append(a)
    d = {'self': None}
    d['self'] = d
    b = [a, [a, (a,)], d]
    s = {1, 2}
    t = (b, s, 'it\'s "quoted"', 'back\\slash')
    a.append(3)
    d['a'] = a
    return len(t)

f()
