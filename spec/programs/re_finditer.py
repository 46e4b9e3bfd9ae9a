import re
for m in re.finditer(r'(\w+)@(\w+)\.com', 'a@b.com, cc@dd.com x@y.org'):
    print(m.span(), m.groups(), m.start(1))
it = re.finditer(r'o', 'foo')
print(type(it).__name__, next(it), list(it))
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.group() for m in re.compile(r'\w').finditer('abcdef', 2, 4)])
m = list(re.finditer(r'\d', 'a1b2', ))[1]
print(m.pos, m.endpos, m.re, m.string)
