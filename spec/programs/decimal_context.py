from decimal import *
getcontext().clear_flags()  # the oracle runs every task in one process
print(repr(getcontext()))
print(Decimal(1) / 3, Decimal("0.5") == 0.5)
print(repr(getcontext()))
getcontext().clear_flags()
getcontext().prec = 5
print(Decimal(1) / 7, Decimal("123456789") + 0, +Decimal("123456789"), Decimal("1.23456789") * 1)
print(repr(getcontext()))
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2) / 3)
print(Decimal(2)/3)
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234.5'):,}", f"{Decimal('0.5'):%}", format(Decimal("1e10"), "f"), f"{Decimal('2.5'):>8}", f"{Decimal('1.23456'):.3}", f"{Decimal('12345.678'):e}")
getcontext().prec = 28
print(Decimal(1) / 0)
