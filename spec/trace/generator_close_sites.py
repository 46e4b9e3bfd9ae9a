# Where a suspended generator is freed (break, return, rebinding, del, a
# temporary, an unwinding exception) it is closed, with its events.
def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print('finally', tag)

def managed(tag):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('exit', tag)
        raise

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
