# math.sumprod: errors of the pairs it multiplies come before the length check
import math

for p, q in [([1, 2, 3], [1, 2]), (['b', 'a'], [9, 15, 3]), ([None], [1.0, 2.0]), ([2.5], [1, 2])]:
    try:
        print(math.sumprod(p, q))
    except Exception as e:
        print(type(e).__name__, e)
