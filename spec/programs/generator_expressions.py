nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x for x in nums if x % 2), max(x * 2 for x in nums))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
g = (x for x in nums)
print(4 in g, list(g))
print(sorted(set(x % 3 for x in nums)))
print(dict((k, v) for k, v in zip("abc", range(3))))
x = 10
print(list(x + i for i in range(3)))
try:
    list(1 / (i - 2) for i in range(4))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (y for y in 5)
except TypeError as e:
    print("TypeError:", e)
print(list(zip((a for a in "xy"), (b for b in range(5)))))
def islice_like(it, n):
    out = []
    for i, v in enumerate(it):
        if i >= n:
            break
        out.append(v)
    return out
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(islice_like((n * n for n in naturals()), 5))
