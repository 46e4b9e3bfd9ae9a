import random
r = random.Random(1)
tests = [
    lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(5, 1, 1), lambda: r.randrange(0, 10, 0),
    lambda: r.randrange(10, 0, 2), lambda: r.randrange(1.5), lambda: r.randrange(0, 2.0), lambda: r.randrange(3, step=2),
    lambda: r.randint(5, 1), lambda: r.choice([]), lambda: r.choice(''), lambda: r.sample({1, 2}, 1),
    lambda: r.sample(range(3), 4), lambda: r.sample(range(3), -1), lambda: r.sample('ab', 1, counts=[1]),
    lambda: r.sample('ab', 1, counts=[0, 0]), lambda: r.sample('ab', 1, counts=[1.5, 1]),
    lambda: r.choices('ab', [1]), lambda: r.choices('ab', [0, 0]), lambda: r.choices('ab', [1, 2], cum_weights=[1, 2]),
    lambda: r.choices('abc', 2), lambda: r.choices('ab', [1, float('inf')]), lambda: r.getrandbits(-1),
    lambda: r.getrandbits(1.0), lambda: r.seed([1]), lambda: r.setstate((1, (), None)),
    lambda: r.setstate((3, (1, 2), None)), lambda: r.setstate((3, [0] * 625, None)),
    lambda: r.gammavariate(0, 1), lambda: r.binomialvariate(-1), lambda: r.binomialvariate(3, 1.5),
    lambda: r.expovariate(0), lambda: random.SystemRandom().getstate(), lambda: r.shuffle((1, 2)),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
