# math.exp must give glibc's results bit for bit (glibc's exp is not
# correctly rounded; these arguments include ones where it is an ulp off).
import math
import random
r = random.Random(2718)
xs = [r.uniform(-30, 30) for _ in range(3000)] + [r.uniform(500, 709.7) for _ in range(300)]
xs += [r.uniform(-745.1, -700) for _ in range(600)] + [r.uniform(-1, 1) * 10.0 ** r.randint(-20, 1) for _ in range(600)]
xs += [float.fromhex(h) for h in ('-0x1.95558fbc265efp-4', '-0x1.031b1721d7661p+2', '-0x1.8b361870769e7p-6')]
xs += [2.0 ** -54, -2.0 ** -55, 0.0, -0.0,
       709.782712893384, -745.1332191019411, -708.4, float('-inf'), float('inf')]
h = 0
for i, x in enumerate(xs):
    y = math.exp(x)
    h = (h * 1000003 + hash(y)) % (2 ** 61 - 1)
    if i % 250 == 0 or i >= len(xs) - 12:
        print(x.hex(), y.hex())
print(h)
for bad in [710.0, 1e308, float('nan')]:
    try:
        print(math.exp(bad))
    except OverflowError as e:
        print('OverflowError', e)
