from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter('aab')
x += Counter('bc')
print(x)
x -= Counter('aaaaz')
print(x)
x |= Counter(q=2, b=1)
print(x)
x &= Counter(b=5, q=1)
print(x)
print(Counter('ab') <= Counter('abc'), Counter('abc') < Counter('abc'), Counter('abd') >= Counter('ab'))
print(Counter('ab') > Counter('a'), Counter(a=1) != Counter(a=2))
try:
    Counter('a') + {'a': 1}
except TypeError as e:
    print(e)
try:
    Counter('a') < 3
except TypeError as e:
    print(e)
