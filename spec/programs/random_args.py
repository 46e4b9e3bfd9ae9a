import random
tests = [lambda: random.Random(x=5).random(), lambda: random.Random(1, 2), lambda: random.Random(seed=3),
         lambda: random.seed(1, 2, 3), lambda: random.seed(a=5) or random.random(), lambda: random.seed(5, version=1) or random.random(),
         lambda: random.seed(5, version=3) or random.random(), lambda: random.seed('x', version=3),
         lambda: random.getrandbits(), lambda: random.getrandbits(k=3), lambda: random.random(1),
         lambda: random.randbytes(-1), lambda: random.randint(1), lambda: random.choice(5), lambda: random.shuffle('abc'),
         lambda: random.sample(range(5)), lambda: random.sample([1, 2], 1, 2), lambda: type(random.Random()), lambda: random.Random.__mro__,
         lambda: random.uniform(1), lambda: random.triangular(1, 1), lambda: random.choices([], k=2), lambda: random.choices([]),
         lambda: random.sample([], 0), lambda: random.randrange(10, step=2), lambda: random.randrange(True, 5),
         lambda: random.setstate(5), lambda: random.setstate((2, tuple(range(625)), None)) or random.random(),
         lambda: random.getstate()[1][-1], lambda: random._inst.getstate()[1][:3]]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
