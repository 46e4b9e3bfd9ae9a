f = lambda a, b=2: a * b
items = sorted([3, 1, 2], key=lambda v: -v)
print(f(3), items, list(map(lambda s: s + 1, items)))
