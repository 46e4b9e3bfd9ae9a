def gen(n):
    for i in range(n):
        yield i

def first_big(limit):
    for v in gen(10):
        if v > limit:
            return v
    return None

for w in (x * x for x in range(10)):
    if w > 5:
        break
print(first_big(2), w)
g = gen(5)
for v in g:
    break
print(next(g))
found = any(c.isdigit() for c in 'ab1cd')
print(found, next((x for x in range(10) if x > 3), None))
