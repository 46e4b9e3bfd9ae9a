def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**53 - 1, 2**53, -2**53, 2**63, -2**63 - 1, 3**40, -(5**30)]
for a in vals[::3]:
    for b in vals[1::2]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a & b, a | b, a ^ b, a == b, a < b)
for a in vals:
    print(a, -a, ~a, abs(a), a >> 3, a << 3, a >> 70, a ** 2, hash(a), a.bit_length(), bool(a), int(str(a)), float(a))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, -0 // 5, 0 % -5, 1 // 3, -1 // 3, 10**20 // 3, -10**20 // 3, 10**20 % -7)
print(2 ** 0.5, 2 ** -0.5, (-8) ** (1/3), 0 ** 0.0, 10 ** -2, (-2) ** 2, (-2) ** -2, 2 ** 62, 2 ** 63, (-2) ** 63)
t(lambda: 2 ** -2 ** 2000)
t(lambda: 10 ** 400 * 1.0)
t(lambda: 10 ** 400 + 0.5)
t(lambda: float(10 ** 400))
t(lambda: (10 ** 400) ** 0.5)
t(lambda: 1 << 2**70)
t(lambda: 2**1000 / 2**-1)
print((2**1000) / (2**990), (3**700) / (3**698), 1 / 3, -2**60 / 7, (2**64 + 1) / 2, 10**30 / 10**15, 123456789 * 987654321 / 3)
print(0 == -0, 5 == 5.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, -2**53 - 1 < -2.0**53, 10**20 == 1e20, 10**23 == 1e23, int(1e23))
print(True + 1, False - 1, True * 2.5, True / True, True // 2, True % 2, -True, +True, ~False, True ** 10, 3 - True)
print(int.__add__(2**70, 1), (5).__sub__(2.0), (5).__rpow__(2), (-5).__abs__(), (5).__neg__(), (5).__invert__(), (5).__index__(), (5).__bool__())
