def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(list(count(4)), sum(count(5)))
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
g2 = echo()
try:
    g2.send(1)
except TypeError as err:
    print("TypeError:", err)
print(type(count(1)).__name__, repr(count(1)).startswith("<generator object count at 0x"))
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))
print(repr((x for x in [])).startswith("<generator object <genexpr> at"))
def inf():
    n = 0
    while True:
        yield n
        n += 1
out = []
for v in inf():
    if v > 4:
        break
    out.append(v)
print(out)
it = inf()
print([next(it) for _ in range(3)], next(it))
def early():
    yield 1
    return
    yield 2
print(list(early()))
g3 = count(2)
print(g3.__name__, g3.__qualname__, iter(g3) is g3)
