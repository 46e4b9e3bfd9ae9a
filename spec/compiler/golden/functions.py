def f(a, b=1, *args, c, d=2, **kw):
    """Docstring."""
    return a + b + c + d


def outer(x):
    y = x * 2

    def inner(z):
        nonlocal y
        y += z
        return x + y

    return inner


def gen(n):
    for i in range(n):
        yield i * i
    yield from range(3)


counter = 0


def bump():
    global counter
    counter += 1
    return counter


square = lambda v: v * v
compose = lambda f, g: lambda x: f(g(x))


@staticmethod
def decorated(p: int, *, q: str = 'x') -> bool:
    return bool(p) and q != ''


def uses_del(lst):
    del lst[0]
    t = lst
    del t
    return lst
