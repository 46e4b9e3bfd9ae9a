from fractions import Fraction as F
import fractions, math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: F(10**20, 3) * F(3, 10**20))
t(lambda: F(F(1, 2), F(1, 3)))
t(lambda: F(3, 4).__round__(0))
t(lambda: F(1,2) ** 0.5)
t(lambda: (-F(1, 4)) ** 0.5)
t(lambda: fractions.gcd)
