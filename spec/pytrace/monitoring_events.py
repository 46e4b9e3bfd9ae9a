import sys
mon = sys.monitoring
E = mon.events
TOOL = mon.DEBUGGER_ID
mon.use_tool_id(TOOL, "demo")
log = []

def describe(v):
    if v is mon.MISSING:
        return 'MISSING'
    if isinstance(v, BaseException):
        return type(v).__name__
    if callable(v):
        return getattr(v, '__qualname__', type(v).__name__)
    return repr(v)

def make(name):
    def cb(code, *args):
        if code.co_filename != __file__:
            return
        log.append((name, code.co_name) + tuple(describe(a) for a in args))
    return cb

for name in ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'JUMP', 'BRANCH',
             'STOP_ITERATION', 'RAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'PY_THROW', 'RERAISE',
             'C_RETURN', 'C_RAISE']:
    mon.register_callback(TOOL, getattr(E, name), make(name))

def gen(n):
    for i in range(n):
        yield i

def fails():
    raise KeyError('k')

def work(xs):
    total = 0
    for x in xs:
        if x % 2:
            total += x
        else:
            total -= 1
    try:
        fails()
    except KeyError:
        total += 100
    try:
        try:
            fails()
        finally:
            total += 1
    except KeyError:
        pass
    total += sum(gen(3))
    g = gen(2)
    next(g)
    try:
        g.throw(ValueError('t'))
    except ValueError:
        pass
    len(xs)
    try:
        int('z')
    except ValueError:
        pass
    while total > 100:
        total -= 50
    return total

all_events = 0
for name in dir(E):
    if name.isupper() and name != 'NO_EVENTS':
        all_events |= getattr(E, name)
mon.set_events(TOOL, all_events & ~E.INSTRUCTION)
print(mon.get_events(TOOL))
work([1, 2, 3])
mon.set_events(TOOL, 0)
for entry in log:
    print(entry)
mon.free_tool_id(TOOL)
