# CPython merges equal constants across all code objects of a module (the compiler's const cache).
a = (1, 2)
x = 1.5
b = (1.5, 'q')
c = b'ab'
d = 2j
def f():
    return (1, 2)
def g():
    return 1.5
def h():
    return (1.5, 'q'), b'ab', 2j, ((1, 2), 3)
def k():
    return x in {1.5, 2.5}
t = ((1, 2), 3)
print(f() is a, g() is x, h()[0] is b, h()[1] is c, h()[2] is d, h()[0][0] is x, h()[3][0] is a, t is h()[3], t[0] is a)
print((1, 2) is a, 1.5 is x, 0.0 is -0.0)
y = -0.0
def z():
    return 0.0
print(z() is y)
