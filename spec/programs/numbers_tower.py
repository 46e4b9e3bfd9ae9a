# numbers: the tower's abstract methods (their __abstractmethods__ order and the
# abstract-instantiation error), its mixins (real/imag/conjugate, __divmod__,
# __float__, __index__, numerator/denominator, __bool__, __sub__), which builtin
# and stdlib numbers are registered.
import numbers
from fractions import Fraction
from decimal import Decimal
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(c.__name__, [k for k in vars(c) if k != '__doc__'], list(c.__abstractmethods__))
f = Fraction(3, 4)
print(f.real, f.imag, f.conjugate(), type(f.real).__name__, complex(f), divmod(Fraction(7, 2), 2), f.__float__())
print(isinstance(f, numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
class R(numbers.Real):
    pass
try: R()
except TypeError as e: print(e)
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f'MyInt({self.v})'
    def __pos__(self): return MyInt(self.v)
for n in ('__pow__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__', '__trunc__', '__floor__', '__ceil__', '__round__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__', '__add__', '__radd__', '__neg__', '__mul__', '__rmul__', '__truediv__', '__rtruediv__', '__rpow__', '__abs__', '__eq__'):
    setattr(MyInt, n, lambda self, *a: NotImplemented)
try: MyInt(3)
except TypeError as e: print(e)
MyInt.__abstractmethods__ = frozenset()
m = MyInt(5)
print(m.numerator, m.denominator, float(m), m.__index__(), [1, 2, 3, 4, 5, 6][m], m.real, m.imag, m.conjugate(), complex(m))
print(bool(Fraction(0)), bool(Fraction(1, 3)), Fraction(1, 3) - 1, 1 - Fraction(1, 3))
print(numbers.__all__, hash(numbers.Number) is not None, numbers.Number.__hash__, numbers.Complex.__hash__)
