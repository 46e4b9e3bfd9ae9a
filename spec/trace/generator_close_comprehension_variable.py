# A comprehension's variable is inlined into the enclosing frame (PEP 709) but
# left out of f_locals, so when the comprehension ends and restores it, the
# generator it last named is freed at once, and its close is traced there (in
# a module: in a function, f_locals holds it until the next event). A dict an
# expression statement drops frees the generator it holds.
def gen(t):
    try:
        yield 1
        yield 2
    finally:
        print('closed', t)


def started(t):
    g = gen(t)
    next(g)
    return g


print([next(x) for x in (started('module'),)])
print('after module')


def f():
    ys = [next(x) for x in [started('function')]]
    print('in f', ys)
    return 1


print(f())
print({k: next(k) for k in (started('dict'),)} and 1)
print('end')
