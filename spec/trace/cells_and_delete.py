def f():
    a = 1
    b = [a]
    del a
    c = 3
    a = 4
    def h():
        return b + [c]
    return h()

def g(p):
    q = p
    for k in range(2):
        if k:
            late = k
        else:
            early = k
    return q, late, early

print(f(), g(1))
