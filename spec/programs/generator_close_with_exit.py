# A suspended generator inside a `with` block is closed where it is freed:
# the context manager's __exit__ sees GeneratorExit there, traced or not
# (spec/trace/generator_close_sites.py covers the other sites; its events
# cannot show __exit__'s traceback argument, see with_stmt.py).
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

def managed(tag):
    with Res(tag):
        yield 1
        yield 2

for x in managed('break'):
    break
print('after break')

h = managed('del')
next(h)
del h
print('after del')

def first():
    for x in managed('return'):
        return x
print('first', first())
print('end')
