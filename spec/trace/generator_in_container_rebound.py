# A suspended generator that a list still holds stays open when a variable
# that also named it is rebound or deleted (etpy closes dropped generators
# under tracing, as CPython's reference counts do, only when nothing else
# reaches them).
def gen(tag):
    try:
        for i in range(3):
            yield (tag, i)
    finally:
        print('closed', tag)

gens = [gen('a'), gen('b')]
g = gens[0]
next(g)
g = gens[1]
print(next(gens[0]))
box = {'k': gen('c')}
h = box['k']
next(h)
del h
print(next(box['k']))
for item in gen('d'):
    break
print('after loop')
