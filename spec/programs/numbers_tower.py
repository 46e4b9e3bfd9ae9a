import numbers
from numbers import Number, Integral, Real

for v in [1, True, 2.5, 3j, 'x', None, [1]]:
    print(repr(v), isinstance(v, Number), isinstance(v, numbers.Complex), isinstance(v, Real),
          isinstance(v, numbers.Rational), isinstance(v, Integral))
print(issubclass(bool, Integral), issubclass(float, Integral), numbers.Number.__mro__)
