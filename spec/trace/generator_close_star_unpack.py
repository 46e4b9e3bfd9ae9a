# CPython frees an iterator that unpacking, a starred display or a starred call
# consumed, and an itertools object when it is rebound: a suspended generator it
# held is closed there.
import itertools
def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('closed', tag)
a, b = zip(gen('unpack'), 'ab')
print('after unpack')
xs = [*zip(gen('star-list'), 'a')]
print('after star-list')
print(*zip(gen('star-call'), 'a'))
print('after star-call')
print(list(itertools.islice(gen('islice'), 2)))
print('after islice')
print(next(zip(map(abs, gen('chain')), 'a')))
print('after chain')
print(max(zip(gen('max'), 'ab')))
print('after max')
s = {k for k, v in zip(gen('setcomp'), 'a')}
print('after setcomp')
d = {k: v for k, v in zip(gen('dictcomp'), 'a')}
print('after dictcomp')
for x in itertools.takewhile(lambda v: v < 2, gen('takewhile')):
    pass
print('after takewhile')
for x, y in itertools.zip_longest(gen('zl'), 'ab'):
    break
print('after zl')
it = iter(gen('iter'))
del it
print('after del')
def h():
    return list(zip(gen('ret'), 'a'))
h()
print('after h')
t = tuple(zip(gen('tuple'), 'a'))
print('after tuple')
c = itertools.chain(gen('chainit'), 'x')
next(c)
c = 0
print('after chainit')
g = gen('sorted-gen')
next(g)
print(sorted([g], key=id) and 1)
g = None
print('after sorted-gen')
w = filter(None, gen('filter'))
next(w)
w = None
print('after filter')
