# math.sumprod: a 64-bit int accumulator, a triple-length float accumulator (not always
# correctly rounded), then a generic total, each taken in CPython's order
import math
from fractions import Fraction as F

d = [4.247773176239321e-163, -2.1009031299972973e-184, 2.7360496093756256e-260, -5.8971700943738385e-267, 9.202358981455293e-100]
print(repr(math.sumprod(d, [20, 25, 17, 25, 26])))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([2**62, 2**62], [2, 1]), math.sumprod([True, 2.5], [3, 1.5]))
print(math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([1e308, 1e308, -1e308], [1.0, 1.0, 1.0]))
print(math.sumprod(iter([1.5, 2]), (3, 4)), math.sumprod([F(1, 3), 2.0, 3], [3, 0.1, 2**70]))
print(repr(math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0])), repr(math.sumprod([2**80, 0.5], [0.5, 3])))
