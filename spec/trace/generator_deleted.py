def g():
    yield 1
it = g()
try:
    it.throw(ValueError('x'))
except ValueError:
    pass
def h():
    try:
        yield 1
    finally:
        print('cleanup')
k = h()
next(k)
del k
print('end')
