from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation
import decimal
print(type(Decimal(1)), Decimal, decimal.Context, type(getcontext()))
vals = ["1.25", "-1.25", "1.35", "-1.35", "2.5", "0.05", "9.995"]
for r in (ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
    print(r, [str(Decimal(v).quantize(Decimal("0.1"), rounding=r)) for v in vals])
print(Decimal("1e5").quantize(Decimal("1")), Decimal("12.5").quantize(Decimal("1E1")))
print(Decimal("1.23E+5"), Decimal("-1.5E-9"), Decimal("100").sqrt(), Decimal("0.25").sqrt(), Decimal(10).sqrt())
print(Decimal("3.000") * Decimal("2.00"), Decimal("5") - Decimal("5.00"), Decimal("-5") + Decimal("5"), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(sorted([Decimal("2.5"), Decimal("-1"), Decimal("10"), Decimal("0.001")]), Decimal("1") / Decimal("8"), Decimal(7) / Decimal("0.5"))
print(Decimal("12345678901234567890.123456789") * 3, Decimal(1) / Decimal(7) * 7)
print(Decimal("1.0") == Decimal("1.00"), {Decimal("1.0"): 'a'}[1], Decimal(3) ** -2, Decimal("2") ** Decimal("0.5"))
print(str(Decimal("5E-10")), Decimal("123E3").to_eng_string(), Decimal("-0.0") + 0, 3 - Decimal("0.5"), 1 / Decimal(4), 7 // Decimal(2), 7 % Decimal(3))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('-3.5'):+.1f}", f"{Decimal('0.000123'):.2e}", f"{Decimal('42'):08.2f}", f"{Decimal('1.5'):^9}|")
print(Decimal("1.5").is_signed(), Decimal("-0").is_zero(), Decimal(12).adjusted(), Decimal("0.012").as_tuple())
print(Decimal(" 12 ") + Decimal("1e2"), Decimal((1, (3, 1, 4), -2)), Decimal.from_float(0.25))
Decimal("1.2.3")
