import sys
events = []
def local_a(frame, event, arg):
    events.append(('A', event, frame.f_lineno))
    if event == 'line' and frame.f_lineno == 16:
        return local_b
    return None
def local_b(frame, event, arg):
    events.append(('B', event, frame.f_lineno, repr(arg)))
    return local_b
def glob(frame, event, arg):
    events.append(('G', event, frame.f_code.co_qualname))
    return local_a if frame.f_code.co_name != 'skip' else None
def work(n):
    total = 0
    for i in range(n):
        total += skip(i)
    return total
def skip(x):
    return x * 2
def stopper():
    sys.settrace(None)
    return 'stopped'
sys.settrace(glob)
work(3)
print(stopper())
work(1)
for e in events:
    print(e)
print(sys.gettrace())
