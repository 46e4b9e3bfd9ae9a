def outer(x):
    y = x + 1
    def inner(z):
        return y * z
    return inner(2) + inner(3)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc()
    return inc()

print(outer(1), counter())
