# Equal numbers of different types are one dict key (they hash equal).
from fractions import Fraction
d = {1: 'one', 2.5: 'x', True: 't'}
print(d, d[Fraction(1)], Fraction(1) in d, d.get(Fraction(5, 2)), Fraction(5, 2) in d)
d[Fraction(1)] = 'f'
print(d, len(d))
e = {Fraction(3): 'three'}
print(e[3], 3 in e, e.get(3.0))
e[3] = 'int'
print(e)
print({1, Fraction(1), 1.0, True}, {Fraction(-1), -1}, {-2: 'a'}.get(Fraction(-2)))
