def inner():
    try:
        yield 1
    finally:
        print('inner cleanup')

def outer():
    yield from inner()

class Countdown:
    def __init__(self):
        self.n = 2
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

def from_custom():
    yield from Countdown()

o = outer()
next(o)
try:
    o.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
o2 = outer()
next(o2)
o2.close()
print(list(from_custom()))
