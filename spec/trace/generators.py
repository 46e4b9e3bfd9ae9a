def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print('got', x)
    return 'end'

g = gen(3)
print(next(g))
print(g.send('a'))
for v in gen(2):
    print(v)
print(list(gen(2)))

def deleg():
    r = yield from gen(2)
    yield r

print(list(deleg()))
squares = (i * i for i in range(3))
print(sum(squares))
