def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = list(range(10))
print(a[2:5], a[-3:], a[:-7], a[::2], a[::-1], a[8:2:-2], a[-1:-11:-3], a[100:], a[-100:3], a[5:2], a[::-100], a[2:8:3])
print(a[True], a[-1], a[slice(1, 4)], a[slice(None, None, -2)])
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a['1'])
t(lambda: a[1.0])
t(lambda: a[::0])
t(lambda: a[1:'a'])
t(lambda: a[2**100])
print(a[2**100:], a[-2**100:2], a[:2**70:4])
b = a[:]
b[2:5] = ['x']; print(b)
b[:0] = [7, 7]; print(b)
b[len(b):] = 'yz'; print(b)
b[::2] = range(len(b[::2])); print(b)
b[1:3] = []; print(b)
b[5:2] = [0]; print(b)
c = list(range(10))
del c[::3]; print(c)
del c[-2:]; print(c)
del c[1]; print(c)
del c[::-2]; print(c)
del c[100:]; print(c)
d = list(range(6))
d[::-2] = 'abc'; print(d)
def f():
    d[::2] = [1, 2]
t(f)
def g():
    d[0:2:1] = 5
t(g)
def h():
    d[10] = 1
t(h)
def k():
    del d[10]
t(k)
def m():
    d[1:2] = 5
t(m)
e = [1, 2, 3]
e[1:2] = e; print(e)
e[:] = (); print(e)
t1 = (1, 2, 3, 4)
print(t1[1:3], t1[::-1], t1[-1], t1[5:], type(t1[1:2]))
t(lambda: t1[4])
s = 'hello'
print(s[1:3], s[::-1], s[-2:])
print(a[slice(2)], slice(1, 2), slice(None), slice(1, 10, 2).indices(5), slice(-1, None, -1).indices(3))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(0, 1, 0).indices(3))
t(lambda: slice(1).indices(-1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, 3).start, slice(1, 2, 3).step, slice(5).stop)
