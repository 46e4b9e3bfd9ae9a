# A slice taking a whole exact tuple in order is that tuple (tuplesubscript).
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, t[:10] is t, t[-3:] is t)
print(t[::-1] is t, t[1:] is t, t[:2] is t, t[0:3:2] is t)
class T(tuple):
    pass
u = T((1, 2))
print(u[:] is u, type(u[:]).__name__)
e = ()
print(e[:] is e, e[0:0] is e)
a = (t, t)
print(a[::-1] is a, a[::1] is a)
