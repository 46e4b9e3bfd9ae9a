# A generator started inside a builtin method call and held only by its
# arguments is closed when the call returns (CPython frees the arguments
# then), before the next line runs: list.extend over a zip that stops early,
# list.append of next(iter(...)), dict.setdefault and set.update.
def gen(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('closed', name)


xs = []
xs.extend(zip(gen('extend'), 'ab'))
print('after extend', xs)
xs.append(next(iter(gen('append'))))
print('after append', xs)
d = {}
d.setdefault('k', next(gen('setdefault')))
print('after setdefault', d)
s = set()
s.update(zip('ab', gen('update')))
print('after update', sorted(s))
xs.insert(0, list(zip('a', gen('insert'))))
print('after insert', xs[0])
