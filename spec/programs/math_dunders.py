import math

class Num:
    def __init__(self, v):
        self.v = v
    def __floor__(self):
        print('floor called')
        return 'F'
    def __ceil__(self):
        print('ceil called')
        return 'C'
    def __trunc__(self):
        return 'T'
    def __float__(self):
        return float(self.v)

class Idx:
    def __index__(self):
        return 12

class BadFloat:
    def __float__(self):
        return 5

class FSub(float):
    pass

n = Num(2.5)
print(math.floor(n), math.ceil(n), math.trunc(n))
print(math.sqrt(n), math.exp(Num(0)))
print(math.gcd(Idx(), 8), math.factorial(Idx()) // 10**6, math.comb(Idx(), 2))
print(math.sqrt(Idx()))
print(math.floor(FSub(2.7)), type(math.floor(FSub(2.7))).__name__)
print(math.floor(True), math.ceil(False))
try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(e)
try:
    math.floor(BadFloat())
except TypeError as e:
    print(e)
print(math.isqrt(Idx()))
