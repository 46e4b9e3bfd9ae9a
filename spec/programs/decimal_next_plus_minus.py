# Decimal.next_plus / next_minus / next_toward under the default and a small context
from decimal import Decimal as D, Context, localcontext

for s in ['1', '-1', '1.000', '-1000', '0', '-0', '2.5E+10', '9.999999999999999999999999999', 'Infinity', '-Infinity', 'NaN']:
    x = D(s)
    print(s, x.next_plus(), x.next_minus())
c = Context(prec=3)
print(D('9.99').next_plus(c), D('1.00').next_minus(c), D('-100').next_plus(c))
print(D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(D('1.0')), D(2).sqrt().next_plus())
