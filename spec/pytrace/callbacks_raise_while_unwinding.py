import sys
def tr(frame, event, arg):
    if event == 'exception' and frame.f_code.co_name == 'inner':
        raise TypeError('replaced by tracer')
    return tr
def inner():
    raise KeyError('original')
def outer():
    try:
        inner()
    except KeyError:
        return 'KeyError'
    except TypeError as e:
        return 'TypeError: ' + str(e)
sys.settrace(tr)
print(outer())
print(sys.gettrace())
# A RAISE callback that raises replaces the exception where it was raised.
mon = sys.monitoring
mon.use_tool_id(3, 'x')
def on_raise(code, offset, exc):
    if isinstance(exc, ZeroDivisionError):
        raise LookupError('from RAISE')
mon.register_callback(3, mon.events.RAISE, on_raise)
mon.set_events(3, mon.events.RAISE)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return type(e).__name__
    except LookupError as e:
        return 'LookupError ' + str(e)
print(g())
mon.set_events(3, 0)
