from fractions import Fraction as F
import fractions, math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: (F(3, 4), F(6, -8), F(0), F(), F(5), F(True), F(2.5), F(0.1), F('3/4'), F(' -1.5e3 '), F('1_000/3'), F('.5'), F('5.'), F('1e-2')))
t(lambda: F('abc'))
t(lambda: F('1/0'))
t(lambda: F(1, 0))
t(lambda: F(1.5, 2))
t(lambda: F([1]))
t(lambda: F(float('inf')))
t(lambda: F(float('nan')))
t(lambda: F('3/4/5'))
t(lambda: F('1/-2'))
t(lambda: str(F(3, 4)) + ' ' + str(F(4, 2)))
