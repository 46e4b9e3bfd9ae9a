# exp/ln/log10 are correctly rounded half-even whatever the rounding; powers with non-integral
# exponents correctly rounded in the context's rounding (exact results exactly), infinite operands
from decimal import *

D = Decimal
for s in ['1', '2', '0.5', '-1', '100', '1E-40', '-1E-40', '1e-999999', '12345.678', '-12345.678', '-1E+8', '-2302585.09']:
    print(s, [repr(getattr(D(s), f)()) for f in ('exp', 'ln', 'log10') if not (f != 'exp' and s.startswith('-'))])
for a, b in [('2', '0.5'), ('4', '0.5'), ('10', '1.5'), ('1.0001', '2.5'), ('1E+400', '1.5'), ('0.5', '-2.5'), ('0.25E10', '0.5'),
             ('Infinity', '0.5'), ('2', 'Infinity'), ('0.5', 'Infinity'), ('1', 'Infinity'), ('-Infinity', '-2')]:
    print(a, b, repr(D(a) ** D(b)))
with localcontext(Context(prec=5, rounding=ROUND_UP)):
    print(D('1e-30').exp(), D(-1e-30).exp(), D(3).ln(), D(2).log10(), D(2) ** D('0.5'), D('0.25E10') ** D('0.5'))
print(D('Infinity').exp(), D('-Infinity').exp(), D(10).log10(), D('0.001').log10())
