# sys.monitoring's CALL and C_RETURN events for f(*args) and f(**kw)
# (CALL_FUNCTION_EX): in 3.12 only for callables that are neither a Python
# function nor a bound method, with arg0 the first argument or None.
import sys
mon = sys.monitoring
TOOL = 2
mon.use_tool_id(TOOL, 'calls')
events = []
def name(c):
    return getattr(c, '__name__', type(c).__name__)
def show(a):
    return 'MISSING' if a is mon.MISSING else repr(a)
def on_call(code, offset, callable, arg0):
    events.append(('call', code.co_name, name(callable), show(arg0)))
def on_c_return(code, offset, callable, arg0):
    events.append(('c_return', code.co_name, name(callable), show(arg0)))
mon.register_callback(TOOL, mon.events.CALL, on_call)
mon.register_callback(TOOL, mon.events.C_RETURN, on_c_return)
def f(*a, **k):
    return len(a)
class C:
    def m(self, *a):
        return a
def main():
    args = [1, 2]
    f(*args)
    f(*(3, 4))
    f(*[])
    '{} {}'.format(*args)
    list(*[args])
    max(*args)
    max(*(5, 6))
    c = C()
    c.m(*args)
    C.m(c, *args)
    len(*['ab'])
    f(*args, k=1)
    dict(**{'a': 1})
    sorted(*[[3, 1]], key=None)
    m = c.m
    m(*args)
mon.register_callback(TOOL, mon.events.C_RAISE, on_c_return)
mon.set_events(TOOL, mon.events.CALL | mon.events.C_RETURN | mon.events.C_RAISE)
main()
mon.set_events(TOOL, 0)
for e in events:
    print(*e)
