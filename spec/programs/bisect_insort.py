import bisect

a = [1, 3]
bisect.insort(a, 2)
print(a)
bisect.insort_left(a, 3, key=None)
print(a)
bisect.insort_right(a, 3)
print(a)
try:
    bisect.insort(a)
except TypeError as e:
    print(e)
try:
    bisect.insort((1, 2), 1)
except AttributeError as e:
    print(e)

class Rec:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f'{self.name}:{self.age}'

people = []
for name, age in [('ann', 30), ('bob', 25), ('cy', 30), ('di', 20), ('ed', 25)]:
    bisect.insort(people, Rec(name, age), key=lambda r: r.age)
print(people)
bisect.insort_left(people, Rec('fi', 25), key=lambda r: r.age)
print(people)
print(bisect.bisect_left(people, 25, key=lambda r: r.age), bisect.bisect_right(people, 25, key=lambda r: r.age))

class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print('get', i)
        return self.items[i]
    def insert(self, i, v):
        print('insert', i, v)
        self.items.insert(i, v)

s = Seq([10, 20, 30, 40, 50])
print(bisect.bisect(s, 35))
bisect.insort(s, 35)
print(s.items)

class Grade:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v if isinstance(other, Grade) else other)
        return self.v < (other.v if isinstance(other, Grade) else other)

gs = [Grade(1), Grade(5), Grade(9)]
print(bisect.bisect_left(gs, Grade(5)), bisect.bisect_right(gs, Grade(5)))
scores = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(scores, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
