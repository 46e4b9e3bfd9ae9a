# Generator and coroutine introspection (gi_/cr_ code, frame, suspended,
# yieldfrom/await), dict views' .mapping, complex.__getnewargs__/__complex__,
# float.__getformat__, and which builtins are generic (type[...] by itself).
def inner():
    yield 1
    yield 2
def outer():
    x = yield 0
    yield from inner()
    return 'done'
g = outer()
print(g.gi_suspended, g.gi_yieldfrom, g.gi_running, g.gi_code.co_name, g.gi_frame.f_lineno, g.gi_frame.f_code is g.gi_code)
print(next(g), g.gi_suspended, g.gi_yieldfrom, g.gi_frame.f_lineno)
print(next(g), g.gi_suspended, type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name, g.gi_frame.f_lineno)
print(next(g), g.gi_yieldfrom is not None)
try: next(g)
except StopIteration as e: print('stop', e.value)
print(g.gi_suspended, g.gi_yieldfrom, g.gi_frame, g.gi_running)
def me():
    print('running', gen.gi_running, gen.gi_suspended, gen.gi_frame is not None)
    yield
gen = me(); next(gen)
async def co(): return 1
c = co()
print(c.cr_suspended, c.cr_await, c.cr_code.co_name, c.cr_frame is not None, c.cr_running)
c.close()
print(c.cr_frame)
d = {'a': 1}
print(d.keys().mapping, d.values().mapping, d.items().mapping, type(d.keys().mapping).__name__)
try: d.keys().mapping['b'] = 2
except TypeError as e: print(e)
print(complex(1, 2).__getnewargs__(), (1+2j).__complex__(), float.__getformat__('double'), float.__getformat__('float'))
for bad in ('x', 1):
    try: float.__getformat__(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(enumerate[int], type[int], list[str], __import__('itertools').chain[int], type({}.keys().mapping)[str, int])
class M(type): pass
try: M[int]
except TypeError as e: print(e)
