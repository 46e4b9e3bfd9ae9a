import random
r = random.Random(8)
tests = [lambda: r.randrange(), lambda: r.randrange(1, 2, 3, 4), lambda: r.randrange(10, step=1), lambda: r.randrange(10, step=True),
         lambda: r.randrange(start=3), lambda: r.randrange(5, start=3), lambda: r.randrange(0, 10, x=1), lambda: r.randrange(10, None),
         lambda: r.randint(), lambda: r.randint(1, 2, 3), lambda: r.randint(b=5, a=1), lambda: r.randint(1.0, 3), lambda: r.randint(1, 3.0),
         lambda: r.choice(), lambda: r.choice(seq='xyz'), lambda: r.choice({}), lambda: r.choice({0: 'a', 1: 'b'}), lambda: r.shuffle(),
         lambda: r.shuffle([]), lambda: r._randbelow(10), lambda: r._randbelow_with_getrandbits(2**70), lambda: r.randrange(-3, 3, -1),
         lambda: r.randrange(2**80, 2**81, 2**70), lambda: r.randrange(10**20, -10**20, -7), lambda: r.randint(True, 3)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

class MyList(list):
    def __setitem__(self, i, v):
        print('set', i, v)
        super().__setitem__(i, v)

m = MyList('abcd')
r.shuffle(m)
print(m)

class Fixed(random.Random):
    def _randbelow(self, n):
        return n - 1

f = Fixed(1)
print(f.randrange(10), f.randint(1, 6), f.choice('xyz'))
x = [1, 2, 3, 4]
f.shuffle(x)
print(x)

class Range(random.Random):
    def randrange(self, a, b):
        return (a, b)

print(Range(1).randint(1, 6))
