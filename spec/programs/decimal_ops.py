from decimal import *
import math
from fractions import Fraction
D = Decimal
print(round(D('2.675'), 2), math.floor(D('-2.5')), math.ceil(D('2.1')), D('1e-7') * 1, D(1e-7))
print(D('NaN') == D('NaN'), D('Infinity') > 10**100, -D('Infinity'), D('-Infinity') + 5, D('1.5') == Fraction(3, 2), D('0.1') < Fraction(1, 3))
print(D('1e999999') * 10 if False else 0, D('123.456').quantize(D('1.00')), D('-0.5').quantize(D('1')), D('0.5') + True)
print(D(2) ** 100, D('0.1') ** 3, D(10) ** -3, D(2).ln(), D(100).log10(), D(1).exp())
print(D('3.14159').as_integer_ratio(), D(1).compare(D(2)), D('1.10').max(D('1.1')), D(-5).copy_abs(), D('5').copy_negate())
print(D('10') / D('3'), D('-10') // D('3'), D('-10') % D('3'), D('10.5') % D('3'), D(0) / D(5), D('0.00') * D('1.0'))
print([str(D(x)) for x in ('1E+2', '1E2', '100E-2', '-1E-20', '0E-10', '0E+3', '12345678901234567890123456789012')])
print(D('12345678901234567890123456789012') + 0, D('0.1') + D('0.2'), D(1) - D('0.9999999999999999999999999999'))
print(D('1.0').normalize(), D('100').normalize(), D('1E+2').to_integral_value(), D('2.5').to_integral_value(), D('-2.5').to_integral_value(ROUND_HALF_UP))
ctx = Context(prec=6, rounding=ROUND_DOWN)
print(ctx.divide(D(2), D(3)), ctx.add(D('1.2345678'), 0), ctx.prec, ctx.create_decimal('3.14159265'))
print(D(3) / D(7), D(22) / D(7))
print(D("1.1") * D("1.1"), D("2").sqrt() ** 2, D(1000).sqrt(), D("0.0001").sqrt(), D("2.25").sqrt())
print(f"{D('0.125'):.2f}", f"{D('0.135'):.2f}", f"{D('1e-10'):f}", f"{D('123456'):.2e}", f"{D('-0'):f}", f"{D('12.3456'):10.2f}|", f"{D('5'):<6}|")
print(str(D(-0.0)), D(0.5), D(1.1), D(123456789.0))
