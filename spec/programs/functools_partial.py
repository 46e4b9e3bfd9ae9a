from functools import partial

def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

square = partial(power, exp=2)
print(square(5), square(5, exp=3), square(7, mod=10))
to_bin = partial(int, base=2)
print(to_bin('101'), to_bin('7', base=8), partial(int, '10', base=3)())
print(repr(partial(int, base=2)), repr(partial(power, 1)) .startswith('functools.partial(<function power'))
p = partial(print, 1, sep='-')
p(2, 3)
pp = partial(p, 4, end='!\n')
pp(5)
print(pp.args, pp.keywords, pp.func is print, type(pp).__name__)
add3 = partial(lambda a, b, c: a + b + c, 1)
print(add3(2, 3), list(map(partial(pow, 2), range(5))))

class Box:
    def get(self, x):
        return x
    bound = partial(get, 'self-arg')

print(Box().bound(9), sorted(['bb', 'a', 'ccc'], key=partial(len)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: partial())
show(lambda: partial(1))

def setfunc():
    p.func = len
show(setfunc)

class MyPartial(partial):
    pass

print(MyPartial(max, 1)(5), repr(MyPartial(max, 1)).startswith('MyPartial(<built-in function max>'))
