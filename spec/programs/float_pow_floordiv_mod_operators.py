# The ** // and % operators on exact floats and small ints (binaryOp's float path): results, complex powers and errors as float's methods give them.
tests = [(2.0, 0.5), (-8.0, 1/3), (0.0, -1.0), (0.0, -1), (2.5, 3), (3, 2.5), (1e308, 2.0), (-2.0, 0.5), (7, 2.5), (-7.5, 2), (7.5, -2), (5.0, 0.0), (5, 0.0), (0.0, 0.0), (float('inf'), 2.0), (float('nan'), 0.0), (-0.0, 3.0), (1e-320, 1e10), (10.0, 400)]
for a, b in tests:
    for name, f in [('**', lambda a, b: a ** b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b)]:
        try:
            r = f(a, b)
            print(a, name, b, '=', repr(r), type(r).__name__)
        except Exception as e:
            print(a, name, b, '->', type(e).__name__, e)
x = 2.0
x **= 3
x //= 0.7
x %= 0.3
print(x)
