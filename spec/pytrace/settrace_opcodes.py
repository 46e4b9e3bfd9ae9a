import sys
# In 3.12, f_trace_opcodes = True takes effect at the next sys.settrace() call.
seen = []
def tr(frame, event, arg):
    if frame.f_code.co_name == 'f':
        frame.f_trace_opcodes = True
        seen.append((event, frame.f_lineno, frame.f_lasti))
    return tr
def f(x):
    y = x + 1
    return y * 2
sys.settrace(tr)
f(3)
sys.settrace(None)
print(len(seen), seen[-1][0])
sys.settrace(tr)
f(4)
sys.settrace(None)
for event, line, lasti in seen:
    print(event, line, lasti)
sys._getframe().f_trace_opcodes = False
