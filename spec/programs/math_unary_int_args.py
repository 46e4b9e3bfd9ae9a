# math's one-argument functions given ints (small ones take a float fast path, huge ones the bigint path), bools and floats, with CPython's results and errors.
import math
names = ['sqrt', 'exp', 'exp2', 'expm1', 'log1p', 'log2', 'log10', 'cbrt', 'sin', 'cos', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'degrees', 'radians', 'fabs', 'erf', 'erfc', 'gamma', 'lgamma']
for f in names:
    row = []
    for x in [0, 1, -1, 2, 7, 10**6, 2**53 + 1, -(2**60), 10**400, True, 0.5, -0.0]:
        try:
            row.append(repr(getattr(math, f)(x)))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(f, ' '.join(row))
for call in (lambda: math.sin(), lambda: math.sin(1, 2), lambda: math.sin(x=1), lambda: math.log2('a')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
