import sys
def tr(frame, event, arg):
    if event == 'exception':
        info = (arg[0].__name__, str(arg[1]), arg[2] is None or type(arg[2]).__name__)
        print(event, frame.f_code.co_name, frame.f_lineno, info[:2])
    elif event == 'return':
        print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))
    else:
        print(event, frame.f_code.co_name, frame.f_lineno)
    return tr
def inner():
    raise ValueError('deep')
def middle():
    inner()
def outer():
    try:
        middle()
    except ValueError:
        return 'handled'
def gen(n):
    for i in range(n):
        yield i * i
def consume():
    return sum(gen(3)) + next(x for x in [7])
sys.settrace(tr)
outer()
consume()
sys.settrace(None)
