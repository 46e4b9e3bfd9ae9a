import random

class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def random(self):
        self.calls += 1
        return super().random()

c = Counting(5)
print(c.randrange(1000), c.calls, c.choice('abcdef'), c.calls)
print(c.random(), c.calls, c._randbelow.__name__)

class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)

b = Bits(5)
print(b.randrange(1000), b._randbelow.__name__)

class Plain(random.Random):
    pass

p = Plain(5)
print(p.randrange(1000), p.random(), isinstance(p, random.Random), Plain.__mro__[1:])
print(random.Random(5).randrange(1000))
a, z = random.Random(3), random.Random(3)
a.random()
print(a.random() == z.random(), a.random() == z.random())
print(random.Random.VERSION, random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.NV_MAGICCONST)
