import functools

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('call', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@trace
def add(a, b=1):
    "Add two numbers."
    return a + b

print(add(2, b=5), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__(1), add.__module__)

def plain(x):
    return x

def w(*a):
    return plain(*a)

functools.update_wrapper(w, plain)
print(w.__name__, w.__wrapped__ is plain, w(4))
plain.extra = 'copied'
def w2():
    pass
functools.update_wrapper(w2, plain, assigned=('__doc__',))
print(w2.__name__, w2.extra)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def counted(f):
    @functools.wraps(f)
    def inner(*a):
        inner.calls += 1
        return f(*a)
    inner.calls = 0
    return inner

@counted
def sq(x):
    return x * x

print(sq(3), sq(4), sq.calls)
