class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc()
orig = a
a += 1
a += 2
print(a, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before)
class NI:
    def __iadd__(self, v):
        return NotImplemented
    def __add__(self, v):
        return "fell back to __add__"
x = NI()
x += 1
print(x)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class Bad:
    pass
b = Bad()
try:
    b += 1
except TypeError as e:
    print("TypeError:", e)
try:
    b -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    b **= 2
except TypeError as e:
    print("TypeError:", e)
class Mat:
    def __imatmul__(self, o):
        return "imatmul"
m = Mat()
m @= 1
print(m)
n = 5
n **= 2; n //= 3; n %= 5; n <<= 3; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
