import sys
log = []
def tr(frame, event, arg):
    log.append((event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event != 'exception' else arg[0].__name__))
    return tr
def f(n):
    s = 0
    for i in range(n):
        s += i
    return s
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return [x for x in range(2)]
def gen():
    yield 1
    yield 2
sys.settrace(tr)
f(2)
g()
list(gen())
sys.settrace(None)
for e in log: print(e)
print(sys.gettrace())
fr = sys._getframe()
print(fr.f_code.co_name, fr.f_lineno, fr.f_back, f.__code__ is f.__code__)
def h():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_back is fr
print(h())
def tr2(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'k' and 'x' in frame.f_locals:
        frame.f_locals['x'] = 100
    return tr2
def k():
    x = 1
    y = x + 1
    return y
sys.settrace(tr2)
print(k())
sys.settrace(None)
prof = []
def pf(frame, event, arg):
    prof.append((event, frame.f_code.co_name, getattr(arg, '__name__', None) if event.startswith('c_') else None))
sys.setprofile(pf)
f(1)
len([1])
sys.setprofile(None)
for p in prof: print(p)
