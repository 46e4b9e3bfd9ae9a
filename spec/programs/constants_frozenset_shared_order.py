# Equal frozenset constants in one module are one object (the compiler's const
# cache): the later loop iterates in the order the earlier constant was built
# (alone, {9, 1, 17, 25, 33} iterates as 33 1 9 17 25).
def f(x):
    return x in {1, 9, 17, 25, 33}
print(f(3))
for x in {9, 1, 17, 25, 33}:
    print(x)
