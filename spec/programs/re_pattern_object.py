import re
p = re.compile(r'(\d+)-(?P<x>\w)')
print(p, repr(p), p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile(r'a' * 250))
print(re.compile("it's"), re.compile('a"b'), re.compile('\n'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('x') is re.compile('x'))
print(re.compile(p) is p, type(p).__name__, type(p).__module__, re.Pattern is type(p), re.Match)
print(p.sub('#', '12-a 3-b'), p.subn('#', '1-a'), p.split('x1-ay'), p.findall('1-a 22-b'))
print(p.scanner('1-a 2-b').search(), hash(re.compile('q')) == hash(re.compile('q')))
re.purge()
print(re.compile('a+', re.I))
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
re.search('a', 5)
