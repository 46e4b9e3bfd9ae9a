class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self):
        return self.x + self.y
p = P(1, 2)
print(p.x, p.y, p.total())
p.x = 10
print(p.total(), P.__slots__)
class Q(P):
    __slots__ = ["z"]
    def __init__(self):
        super().__init__(1, 1)
        self.z = 5
q = Q()
print(q.total() + q.z)
class S:
    __slots__ = "only"
s = S()
s.only = 4
print(s.only)
try:
    print(S().only)
except AttributeError as e:
    print("AttributeError:", e)
