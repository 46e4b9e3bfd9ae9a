import re
m = re.search(r'(b)(c)?', 'abd')
print(m, repr(m), bool(m), m.re, m.expand(r'[\1|\2|\g<0>]'))
print(re.match(r'.*', 'x' * 60))
print(re.match("'", "'"), re.match('"', '"'), re.match(r'\n', '\n'))
m2 = re.match(r'a', 'a')
try:
    m2.string = 'b'
except AttributeError as e:
    print('AttributeError', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
print(m2.groups(), m2.groupdict(), m2.lastindex, m2.lastgroup, m2.regs)
