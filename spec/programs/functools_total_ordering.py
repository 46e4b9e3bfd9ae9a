from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'V{self.v}'

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), min([b, a, Version(0)]), max(a, b))

@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v

print(Desc(1) < Desc(2), Desc(3) <= Desc(3), Desc(2) >= Desc(5))

@total_ordering
class OnlyLe:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        if not isinstance(other, OnlyLe):
            return NotImplemented
        return self.v <= other.v

print(OnlyLe(1) < OnlyLe(1), OnlyLe(2) > OnlyLe(1), OnlyLe(1) >= OnlyLe(1))
try:
    OnlyLe(1) < 5
except TypeError as e:
    print(e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
print(Version.__gt__.__name__)
