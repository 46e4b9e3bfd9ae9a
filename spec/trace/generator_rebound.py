def gen(tag):
    try:
        yield tag + '1'
        yield tag + '2'
    finally:
        print('closing', tag)

g = gen('a')
print(next(g))
g = gen('b')
print(next(g))

def f():
    it = gen('c')
    print(next(it))
    it = None
    return 'f done'

print(f())
for k in range(2):
    cur = gen(str(k))
    print(next(cur))
print('end')
