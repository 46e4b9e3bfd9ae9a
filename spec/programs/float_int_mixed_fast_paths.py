# Mixed int/float arithmetic and true division (fast paths must keep CPython's results and errors).
vals = [0, 1, -3, 7, 2**52 + 1, 0.0, -0.0, 1.5, -2.25, 1e308, float('inf'), float('nan')]
for a in vals:
    row = []
    for b in vals:
        for op in ('+', '-', '*', '/'):
            try:
                r = eval(f'a {op} b')
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append('ZDE:' + str(e))
    print(a, ' '.join(row))
x = 1
x /= 4
y = 2.5
y *= 2
y -= 1
y += True
print(x, y, 7 / 2, -7 / 2, 10 / 5, type(10 / 5).__name__, (2**53 + 1) / 3, 2**70 / 3)
try:
    5 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    5.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    x = 0.0
    x /= 0
except ZeroDivisionError as e:
    print(e)
