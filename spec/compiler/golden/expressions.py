def exprs(a, b, s, d):
    x = a + b * 2 - a // b % 3 ** 2
    y = -a, +b, ~a
    z = a << 2 | b >> 1 & 7 ^ 3
    w = a @ b if False else None
    lst = [1, 2, 3, *s]
    tup = (1, 2, 3)
    big = (1, 2.5, 'three', b'four', None, True, 3j)
    st = {1, 2, *s}
    dd = {'a': 1, **d, 'b': 2}
    sl = s[1:], s[:-1], s[::2], s[a:b:2]
    s[1:2] = [9]
    cmp = a < b <= 3 != a
    ident = a is None, b is not None, a in s, b not in s
    call = print(a, *s, sep='', **d)
    meth = s.count(a)
    f = f'{a!r:>10} and {b:{a}} and {s}'
    walrus = (n := len(s))
    fl = 0.1 + 1e10 - 1.5e-7
    neg = -1
    return x, y, z, w, lst, tup, big, st, dd, sl, cmp, ident, call, meth, f, walrus, n, fl, neg


a, *rest, b = range(10)
(c, d), e = (1, 2), 3
x = y = z = 0
x += 1
