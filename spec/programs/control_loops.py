for i in range(3):
    if i == 5:
        break
else:
    print("for-else ran")
for i in range(3):
    if i == 1:
        break
else:
    print("never")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    break
else:
    print("never")
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print("inner done", i)
result = [x if x % 2 else -x for x in range(5)]
print(result)
print({k: v for k, v in zip("ab", [1, 2]) if v > 1}, {x % 3 for x in range(10)})
print([[i * j for j in range(3)] for i in range(3)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
if (m := len("hello")) > 3:
    print("walrus", m)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, "a" < "b" < "c")
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(2))
print(0 or "" or None or "last", 1 and 2 and 0, not [], None if [] else "else")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in []:
    print("never")
print(x if False else "loop var untouched")
