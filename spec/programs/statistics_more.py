import statistics as S
from fractions import Fraction as F
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
data = [((i * 7919) % 1000) / 7 for i in range(200)]
t(lambda: (S.mean(data), S.fmean(data), S.median(data), S.stdev(data), S.pstdev(data), S.variance(data), S.pvariance(data)))
t(lambda: S.quantiles(data, n=10))
t(lambda: S.quantiles(data, n=7, method='inclusive'))
ints = [(i * 31337) % 101 for i in range(99)]
t(lambda: (S.mean(ints), S.median(ints), S.mode(ints), S.multimode(ints), S.variance(ints), S.stdev(ints), S.pvariance(ints), S.median_grouped(ints, 5), S.harmonic_mean([x + 1 for x in ints]), S.geometric_mean([x + 1 for x in ints])))
t(lambda: (S.mean([1e308, 1e308]), S.variance([1e200, -1e200, 3.0]), S.stdev([F(1, 3), F(2, 3), 1]), S.mean([F(1, 3), 1.5])))
t(lambda: S.variance([1, 2, 3], xbar=F(1, 2)))
t(lambda: S.pvariance([1.5, 2.5], mu=2))
t(lambda: S.mean([True, True, False]))
t(lambda: S.median([F(1, 2), 0.25, 3]))
t(lambda: S.mode([[1]]))
t(lambda: S.harmonic_mean([1, 2], weights=[1, 3]))
t(lambda: S.correlation([1, 2, 3], [1, 2]))
t(lambda: S.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
t(lambda: S.linear_regression([1, 1], [2, 3]))
t(lambda: S.stdev(iter([1, 2, 3, 4])))
t(lambda: S.pstdev([5]))
from array import array
a = array('i', [1, 2, 3])
t(lambda: (bytes(a), sum(a), S.mean(a), list(reversed(a)), a[-2:], a[::-2], a == array('i', [1, 2, 3]), a != a, a <= a, a > array('i', [1, 2])))
