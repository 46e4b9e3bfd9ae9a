# strftime/asctime check a time tuple as CPython does: 0 month/day/yday mean the first, other
# out-of-range fields fail with the field's message; fields must fit a C int
import time

base = [2000, 6, 15, 12, 30, 30, 3, 167, 0]
for i, vals in enumerate([[1900], [-1, 0, 13], [-1, 0, 32], [-1, 24], [-1, 60], [-1, 61, 62], [-2, -1, 7, 8], [-1, 0, 367], [-2, 2]]):
    for v in vals:
        t = list(base)
        t[i] = v
        for f in (lambda t: time.strftime('%Y %m %d %H %M %S %w %j %a %b', t), time.asctime):
            try:
                print(i, v, f(tuple(t)))
            except Exception as e:
                print(i, v, type(e).__name__, e)
for t in [(2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), (1900, 1, 1, 0, 0, 0, 0, 1, 5), (2000, 13, 40, 25, 61, 61, 0, 1, -1)]:
    try:
        print(time.mktime(t))
    except Exception as e:
        print(type(e).__name__, e)
