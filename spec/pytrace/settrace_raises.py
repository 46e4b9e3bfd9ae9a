import sys
count = 0
def tr(frame, event, arg):
    global count
    count += 1
    if event == 'line' and count > 3:
        raise KeyError('from tracer')
    return tr
def f():
    a = 1
    b = 2
    c = 3
    return a + b + c
sys.settrace(tr)
try:
    f()
except KeyError as e:
    print('caught', repr(e))
print(sys.gettrace(), count)
def g():
    return 5
print(g(), count)
