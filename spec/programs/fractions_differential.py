from fractions import Fraction as F
import math
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
for k in range(150):
    a = F(rnd(2001) - 1000, rnd(999) + 1)
    b = F(rnd(2001) - 1000, rnd(99) + 1)
    x = (rnd(2000) - 1000) / (rnd(64) + 1)
    line = [a + b, a - b, a * b, a < b, a == x, a < x, a + x, x - a, hash(a), str(a), round(a), round(a, 2), math.floor(a), math.ceil(a), float(a)]
    if b:
        line += [a / b, a // b, a % b, divmod(a, b)]
    if a:
        line += [a ** (rnd(7) - 3), b ** 2, F(x).limit_denominator(rnd(50) + 1), format(a, '.%df' % rnd(8)), format(a, '.3e'), format(a, 'g')]
    line.append(a.limit_denominator(rnd(30) + 1))
    print(*line, sep=' ; ')
