# x ** y, pow() and math.pow must give glibc's results bit for bit: glibc's
# pow is not correctly rounded (about one result in 1200 is an ulp off a
# correctly rounded one), so x ** 0.5 is not always math.sqrt(x) and x ** 2
# not always x * x. The first arguments are the fuzzer's (seed 124 run 1072).
import math
import random
r = random.Random(1072)
x0 = 1.25
for k in range(3):
    x0 -= 1 / 3
print(abs(x0) ** 0.5, math.sqrt(x0), pow(x0, 0.5))
pairs = [(r.uniform(0, 100), r.uniform(-10, 10)) for _ in range(2000)]
pairs += [(r.uniform(0, 1e6), 0.5) for _ in range(1000)]
pairs += [(r.uniform(0, 10), r.choice([2.0, 3.0, -1.0, -0.5, 1.5, -1.5, 0.25])) for _ in range(1000)]
pairs += [(r.uniform(-1e3, 1e3), float(r.randint(-8, 8))) for _ in range(500)]
pairs += [(r.uniform(0.99, 1.01), r.uniform(-1e4, 1e4)) for _ in range(300)]
pairs += [(r.uniform(1e-310, 1e-300), r.uniform(-1.0, 1.0)) for _ in range(200)]
# |y·log x| past 512: glibc's special scaling (results near overflow and underflow).
for _ in range(400):
    x = math.exp(r.uniform(-700, 700))
    pairs.append((x, r.uniform(520, 740) * r.choice([-1, 1]) / math.log(x)))
h = 0
squares = 0
for i, (x, y) in enumerate(pairs):
    try:
        z = x ** y
    except OverflowError:
        z = 'overflow'
    h = (h * 1000003 + hash(z)) % (2 ** 61 - 1)
    if i % 300 == 0:
        print(x.hex(), y.hex(), z if isinstance(z, str) else z.hex())
print(h)
for x in [r.uniform(0.01, 100) for _ in range(3000)]:
    squares += (x ** 2 != x * x) + (x ** 0.5 != math.sqrt(x)) + (math.pow(x, -1.0) != 1 / x)
print('pow differs from * / sqrt:', squares)
print(math.pow(-0.0, 3), (-0.0) ** 3, math.pow(-0.0, 2), math.pow(float('-inf'), 3), math.pow(float('-inf'), -3), math.pow(-1.0, float('inf')))
print((-8.0) ** 3, (-2.0) ** -3, 2 ** -1074 ** 1, 10 ** -2, 7 ** -0.5, math.pow(0.0, 0.5), pow(1e-320, 0.5))
for x, y in [(10.0, 400.0), (-10.0, 401.0), (0.0, -1.0), (-1e300, 1.5)]:
    try:
        print(x ** y)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
    try:
        print(math.pow(x, y))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
