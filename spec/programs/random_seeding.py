import random
for s in [0, 1, -1, 5, -5, 2**32, 2**32 - 1, 2**100 + 7, -(2**70), 'hello', '', 'héllo', b'abc', b'', bytearray(b'xy'), 3.7, -0.5, True, False]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(33))
for s in ['abc', b'abc', '']:
    random.seed(s, version=1)
    print(repr(s), random.random())
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(0, 10**30), r2.randint(0, 10**30))
r1.random()
print(r1.random() != r2.random())
st = r1.getstate()
print(type(st), len(st), st[0], len(st[1]), st[1][-1], st[2])
x = [r1.random() for _ in range(700)]
r1.setstate(st)
print(x == [r1.random() for _ in range(700)])
r1.gauss()
st = r1.getstate()
g = r1.gauss()
r1.setstate(st)
print(st[2] is not None, g == r1.gauss())
r3 = random.Random()
r3.setstate(st)
print(r3.gauss() == g)

class MyInt(int):
    pass

for s in [MyInt(-7), -2.5, 1e300, float('inf')]:
    random.seed(s)
    print(repr(s), random.random())
