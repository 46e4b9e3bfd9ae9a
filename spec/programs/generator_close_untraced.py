# A suspended generator freed by the program is closed there, traced or not:
# its finally blocks and with-exits run before the next statement.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print('finally', tag)

def managed(tag):
    with Res(tag):
        yield 1
        yield 2

for x in numbers('break'):
    if x == 2:
        break
print('after break')

def first_over(limit):
    for x in numbers('return'):
        if x > limit:
            return x
print('first_over', first_over(3))

g = numbers('rebound')
next(g)
g = None
print('after rebind')

h = managed('del')
next(h)
del h
print('after del')

print('next of a temporary', next(numbers('temporary')))
print('any', any(x > 1 for x in numbers('genexpr source')))

def raises():
    for x in numbers('unwind'):
        if x == 1:
            raise ValueError('stop')
try:
    raises()
except ValueError as e:
    print('caught', e)
print('end')
