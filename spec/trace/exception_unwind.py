def a(n):
    return b(n) + 1

def b(n):
    x = n * 2
    return c(x)

def c(m):
    if m > 3:
        raise ValueError(f'too big: {m}')
    return m

print(a(1))
try:
    a(5)
except ValueError as e:
    print('caught', e)
a(3)
