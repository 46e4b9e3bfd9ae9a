# A generator held only by the variables of frames an exception left is
# closed when the exception is freed: at the end of its handler, when a
# variable holding it is rebound, or (uncaught) after the program.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('closed', tag)

def fails(tag):
    g = gen(tag)
    next(g)
    raise ValueError(tag)

try:
    fails('caught')
except ValueError as e:
    print('handling', e)
print('after handler')

def nested():
    try:
        fails('inner')
    except ValueError:
        print('inner handler')
    print('nested done')
nested()

saved = None
try:
    fails('saved')
except ValueError as e:
    saved = e
print('saved kept it')
saved = None
print('released')

def fails_in_genexpr():
    return sum(1 // 0 for _ in gen('genexpr'))
try:
    fails_in_genexpr()
except ZeroDivisionError:
    print('zero')
print('end')
