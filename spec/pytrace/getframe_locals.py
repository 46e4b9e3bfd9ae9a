import sys
def show(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name, sorted(k for k in f.f_locals if not k.startswith('__'))
def caller(a, b=2):
    c = a + b
    return show(0), show(1), show(2)[0]
print(caller(1))
top = sys._getframe()
print(top.f_back, top.f_locals is globals(), top.f_globals is globals())
print(top.f_code.co_name, top.f_lineno, type(top).__name__)
def closure():
    x = 10
    def inner():
        return sys._getframe().f_locals, sys._getframe(1).f_locals['x']
    return inner()
print(closure())
try:
    sys._getframe(50)
except ValueError as e:
    print('ValueError', e)
try:
    sys._getframe('a')
except TypeError as e:
    print('TypeError', e)
def lasti():
    f = sys._getframe()
    return f.f_lasti > 0, f.f_trace, f.f_trace_lines, f.f_trace_opcodes
print(lasti())
