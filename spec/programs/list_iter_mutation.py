a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
    print(x, end=' ')
print(a)
b = [1, 2]
out = []
for x in b:
    out.append(x)
    if len(b) < 5:
        b.append(x * 10)
print(out, b)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
c = [0, 1, 2]
r = reversed(c)
c.append(3)
print(list(r))
c2 = [0, 1, 2, 3]
r2 = reversed(c2)
next(r2)
c2.clear()
print(list(r2))
l = [1, 2, 3]
e = enumerate(l)
l[1] = 'x'
print(list(e))
t = (1, 2, 3)
ti = iter(t)
print(next(ti), tuple(ti), type(ti).__name__, type(iter(l)).__name__, type(reversed(l)).__name__)
s = 'héllo'
print(list(iter(s)), list(reversed(s)))
d = [[1, 2], [3]]
print(sum(d, []), [y for x in d for y in x], list(map(len, d)), [*d[0], *d[1]])
m = [1, 2, 3]
m[:] = m[::-1]
print(m, m * 0, m[::-1] is m)
x = [1, 2, 3]
x[1:1] = [9, 9]
print(x)
x[-1:-1] = 'ab'
print(x)
x[100:200] = [0]
print(x)
del x[::-1]
print(x)
