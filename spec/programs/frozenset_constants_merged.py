# Equal frozenset constants are one object, built from the first one's
# iteration order, even when their items are written differently.
def f0():
    return {0} <= ({255, 7, 255} | {0})
def f1():
    return [c for c in {7, 255}]
print(f1(), list({255, 7, 255}))
def f2():
    return [c for c in {True, 1, 9}], list({1, 9, 1.0} | set())
print(f2())
