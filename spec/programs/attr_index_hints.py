# Instance attributes read and written in loops over objects of one class
# whose dicts hold the attributes in different orders, with attributes
# deleted, re-added, shadowed by methods' names, and set through __dict__.
class P:
    def __init__(self, i):
        if i % 3 == 0:
            self.x, self.y = i, -i
        else:
            self.y, self.x = -i, i
        if i % 4 == 0:
            self.extra = i


ps = [P(i) for i in range(12)]
total = 0
for rnd in range(3):
    for p in ps:
        total += p.x - p.y
        p.x = p.x + 1
print(total, [(p.x, p.y) for p in ps[:5]])
for i, p in enumerate(ps):
    if i % 2:
        del p.x
        p.z = i
        p.x = -i
    if i % 5 == 0:
        p.__dict__.clear()
        p.__dict__['x'] = 100 + i
        p.y = 0
print([p.x for p in ps], [sorted(vars(p)) for p in ps[:6]])
acc = []
for rnd in range(2):
    for p in ps:
        p.x += 1
        acc.append(p.x)
print(acc[-6:], sum(acc))


class Q:
    def m(self):
        return 'method'


qs = [Q() for _ in range(4)]
qs[1].m = lambda: 'instance attribute'
qs[2].__dict__['m'] = 'not callable'
out = []
for q in qs:
    out.append(q.m() if callable(q.m) else q.m)
print(out)
try:
    for p in ps:
        del p.y
        print(p.y)
except AttributeError as e:
    print('AttributeError:', e)
