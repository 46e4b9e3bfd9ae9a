# A task's __main__ has the globals python3 -c gives it (no __file__ or
# __cached__), in CPython's order.
print(list(globals()))
print(__name__, __doc__, __package__, __spec__, __annotations__)
print('__file__' in globals(), '__cached__' in globals())
x = 1
print([k for k in globals() if not k.startswith('__')])
