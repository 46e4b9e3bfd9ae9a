# CPython frees an iterator when a for loop ends or leaves it, a finished generator's
# arguments with its frame, and an instance passed to a native call after it: a
# suspended generator they held is closed there (its finally runs, traced).
def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('closed', tag)

class Box:
    def __init__(self, g):
        self.g = g
    def __iter__(self):
        yield next(self.g)

def take(it, n):
    for _ in range(n):
        yield next(it)

for a, b in zip(gen('for-zip'), 'ab'):
    pass
print('after for-zip')

def f():
    for a, b in zip(gen('fn-for-zip'), 'a'):
        pass
    print('in f after loop')
f()
print('after f')

ys = [(k, v) for k, v in zip('a', gen('listcomp'))]
print('after listcomp', ys)

n = 'x'.join(str(a) for a, b in zip(gen('join'), 'a'))
print('after join', n)

xs = []
xs.extend(Box(gen('box')))
print('after box', xs)

for i, v in enumerate(gen('enum-break')):
    break
print('after enum-break')

for v in map(abs, gen('map-break')):
    if v == 2:
        break
print('after map-break')

print(sum(a for a, b in zip(gen('sum'), range(1))))
print('after sum')

print(dict(zip('ab', gen('dict'))))
print('after dict')

print(list(take(gen('take'), 1)))
print('after take')

def g2():
    it = zip(gen('local-zip'), 'a')
    for p in it:
        pass
    print('g2 loop done')
    return 1
g2()
print('after g2')

z = zip(gen('rebind'), 'a')
list(z)
z = None
print('after rebind')

xs = []
xs.extend(Box(gen('box-extend')))
print('after box-extend', xs)
print(list(Box(gen('box-list'))))
for p in zip(gen('exc'), 'ab'):
    try:
        raise KeyError(p)
    except KeyError:
        break
print('after exc')
