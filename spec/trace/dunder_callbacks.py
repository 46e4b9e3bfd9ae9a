class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v

for x in Seq([1, 2]):
    print(x)
nums = sorted([Num(3), Num(1), Num(2)])
print([n.v for n in nums], len(Seq('abc')), Num(1) == Num(1))
print(sorted([3, 1, 2], key=lambda v: 1 / (v - 1) if v != 1 else 0))
try:
    sorted([1, 2], key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print('key failed', e)
