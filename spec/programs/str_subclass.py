class S(str):
    pass
class T(str):
    def __str__(self):
        return 'T!'
    def __repr__(self):
        return 'Trepr'
    def __len__(self):
        return 99
    def upper(self):
        return 'custom'
class U(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __init__(self, v):
        self.orig = v
s = S('abc')
print(s, repr(s), type(s).__name__, type(s + 'd').__name__, type(s[0]).__name__, type(s.upper()).__name__, type(s * 1).__name__)
print(s == 'abc', 'abc' == s, hash(s) == hash('abc'), {s: 1}['abc'], {'abc': 2}[s], s in {'abc'}, len(S('héllo')))
t = T('x')
print(str(t), repr(t), len(t), t.upper(), '%s' % t, '{}'.format(t), f'{t}', f'{t!r}', f'{t:>3}', 'a' + t, ''.join([t]))
u = U('ab')
print(u, u.orig, type(u).__name__, u.__dict__)
v = S('q')
v.extra = 1
print(v.extra, sorted([S('b'), 'a', S('c')]), S('a') < S('b'))
print(type(S('ab').format()).__name__, type(S('ab{}').format(1)).__name__, type(S('ab') % ()).__name__)
