# Decimal under small contexts: subnormal results, overflow by rounding mode, clamped zeros,
# max/min/scaleb through the context, exact remainder_near and // flags, divmod by zero
from decimal import *

D = Decimal
for p, r, e in [(4, ROUND_UP, 5), (1, ROUND_05UP, 5), (5, ROUND_DOWN, 5), (3, ROUND_FLOOR, 99)]:
    c = Context(prec=p, rounding=r, Emax=e, Emin=-e, traps=[])
    setcontext(c)
    for expr in ['D("1.1E-400").scaleb(0)', 'D("10e-5") ** -4', 'D(123456) * 10', 'D("-1E-9") * 1',
                 'D("-5413012410.604198652297650274081312717656").max(D("-8E+400"))', 'D("9.000E-30").scaleb(-17)',
                 'D("537.1E+4").remainder_near(D("8E-3"))', 'D("1e-20") % D("897.25E+3")', 'D(7) // D(2)',
                 'divmod(D(5), 0)', 'D("0e-5").quantize(D("1"))', 'D("NaN123").quantize(D(1))', 'D(1) - D("NaN12")']:
        c.clear_flags()
        print(p, r, e, expr, repr(eval(expr)), sorted(k.__name__ for k, v in c.flags.items() if v))
setcontext(Context())
try:
    divmod(D(5), 0)
except InvalidOperation as ex:
    print(ex.args)
print(D('1__0'), D('_1.5_'), format(D('1E+3'), ','), format(D('1234567.891'), '020,.3f'), format(D('NaN'), '08'))
try:
    format(D(1), '_')
except ValueError as ex:
    print(ex)
