import sys
mon = sys.monitoring
E = mon.events
print(mon, E)
print(mon.DEBUGGER_ID, mon.COVERAGE_ID, mon.PROFILER_ID, mon.OPTIMIZER_ID)
def attempt(f, *args):
    try:
        print(f.__name__, 'ok', f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
attempt(mon.use_tool_id, 1, 'cov')
attempt(mon.use_tool_id, 1, 'again')
attempt(mon.use_tool_id, 9, 'x')
attempt(mon.use_tool_id, 2, 5)
attempt(mon.get_tool, 1)
attempt(mon.get_tool, 3)
attempt(mon.set_events, 3, E.LINE)
attempt(mon.set_events, 1, E.C_RETURN)
attempt(mon.set_events, 1, E.CALL | E.C_RETURN | E.C_RAISE)
attempt(mon.get_events, 1)
attempt(mon.set_events, 1, 1 << 17)
attempt(mon.set_events, 1, -1)
def f():
    return 1
attempt(mon.set_local_events, 1, f, E.LINE)
attempt(mon.set_local_events, 1, f.__code__, E.RAISE)
attempt(mon.set_local_events, 1, f.__code__, E.LINE | E.PY_START)
attempt(mon.get_local_events, 1, f.__code__)
attempt(mon.register_callback, 1, E.LINE | E.CALL, print)
attempt(mon.register_callback, 1, 0, print)
attempt(mon.register_callback, 1, 1 << 17, print)
attempt(mon.register_callback, 1, E.LINE, print)
attempt(mon.register_callback, 1, E.LINE, None)
attempt(mon.set_events, 1, 0)
attempt(mon.set_local_events, 1, f.__code__, 0)
attempt(mon.free_tool_id, 1)
attempt(mon.get_tool, 1)
attempt(mon.get_events, 1)
attempt(mon.restart_events)

# DISABLE: a LINE callback that disables itself fires once per line.
mon.use_tool_id(2, 'prof')
seen = []
def on_line(code, line):
    seen.append(line)
    return mon.DISABLE
mon.register_callback(2, E.LINE, on_line)
def loop():
    t = 0
    for i in range(3):
        t += i
    return t
mon.set_local_events(2, loop.__code__, E.LINE)
loop()
loop()
print(seen)
mon.restart_events()
loop()
print(seen)
mon.set_local_events(2, loop.__code__, 0)

# Returning DISABLE from a non-local event removes the callback.
def on_raise(code, offset, exc):
    return mon.DISABLE
mon.register_callback(2, E.RAISE, on_raise)
mon.set_events(2, E.RAISE)
try:
    try:
        raise IndexError('i')
    except IndexError:
        pass
except ValueError as e:
    print('ValueError', e)
print(mon.register_callback(2, E.RAISE, None))
mon.set_events(2, 0)

# INSTRUCTION events with offsets.
offsets = []
def on_instr(code, offset):
    offsets.append(offset)
mon.register_callback(2, E.INSTRUCTION, on_instr)
def tiny(a):
    return a + 1
mon.set_local_events(2, tiny.__code__, E.INSTRUCTION)
tiny(1)
mon.set_local_events(2, tiny.__code__, 0)
print(offsets)

# A callback that raises: the exception comes out of the monitored code.
def bad(code, offset):
    raise RuntimeError('from callback')
mon.register_callback(2, E.PY_START, bad)
mon.set_local_events(2, tiny.__code__, E.PY_START)
try:
    tiny(2)
except RuntimeError as e:
    print('RuntimeError', e)
mon.set_local_events(2, tiny.__code__, 0)
mon.free_tool_id(2)
