from decimal import *
import decimal
for s in ["1.5", "-0", "1E+3", "0.000001", "0.0000001", "123.4500", "1e-7", "  7 ", "1_000", "inf", "-nan", "sNaN12", "1.", ".5"]:
    d = Decimal(s); print(repr(d), str(d))
for e in [lambda: Decimal("abc"), lambda: Decimal(1)/0, lambda: Decimal(0)/0, lambda: Decimal(1)+1.5, lambda: Decimal([1]), lambda: Decimal("1.23").quantize(Decimal("1e-30")), lambda: Decimal(5) // 0, lambda: Decimal(5) % 0]:
    try: print(e())
    except Exception as ex: print(type(ex), ex)
print(Decimal(0.1), Decimal(10), Decimal(-3))
print(Decimal(1)/Decimal(3), Decimal(2)/3, Decimal("1.10")+Decimal("2.20"), Decimal("1.30")*Decimal("2"), Decimal(10)/4, Decimal(100)/Decimal(10), Decimal("1.000")/Decimal("0.1"))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.665").quantize(Decimal("0.01")), Decimal("7.5").quantize(Decimal("1"), ROUND_HALF_EVEN), Decimal("123").quantize(Decimal("0.01")))
print(Decimal("1.5") < 2, Decimal("2.0") == 2, Decimal("0.5") == 0.5, hash(Decimal("2.0")) == hash(2), hash(Decimal("0.5")), max(Decimal(1), Decimal("1.5")))
print(Decimal("-7") // 2, Decimal("-7") % 2, divmod(Decimal(7), Decimal(-2)), -Decimal("1.5"), abs(Decimal("-2.50")), Decimal("2") ** 10, Decimal("1.1") ** 2)
print(round(Decimal("2.5")), round(Decimal("3.14159"), 2), int(Decimal("-3.9")), float(Decimal("1.25")), Decimal("1.20").normalize(), Decimal("0.00").normalize(), Decimal(2).sqrt())
print(Decimal("1.50").as_tuple(), Decimal("123.45").adjusted(), Decimal(3).is_zero(), sum([Decimal("0.1")] * 3))
