# After the program, CPython clears __main__'s globals (one-underscore names
# first, then the rest in order): generators only they hold are closed then,
# untraced. (The batch oracle's order; python3 FILE frees them in its
# garbage collector's order.)
def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print('closed', tag)
a = gen('a')
next(a)
_b = gen('_b')
next(_b)
c = [gen('c1'), gen('c2')]
for g in c:
    next(g)
print('end of program')
