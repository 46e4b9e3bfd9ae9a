from fractions import Fraction
print(Fraction(1, 2) + Fraction(1, 3))
Fraction(3, 0)
