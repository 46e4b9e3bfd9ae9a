import re
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.M | re.I, re.A | re.M, re.I | 2, 2 | re.M, re.I & re.M, ~re.I)
print(int(re.I | re.M), re.I.value, re.IGNORECASE is re.I, re.I == 2, type(re.I))
print(re.RegexFlag(1024 | 2), re.RegexFlag(1024))
print(re.search('abc', 'xABC', re.I), re.search('(?i)abc', 'xABC'))
print(re.findall('^a', 'a\na\nb', re.M), re.findall('a$', 'a\na\na\n', re.M), re.findall('a$', 'a\na\na\n'))
print(re.match('.+', 'a\nb').group(), re.match('.+', 'a\nb', re.S).group(), re.match('(?s).+', 'a\nb').group())
print(re.match(r'''(\d+)  # number
   \s* ([a-z]+)  # word''', '12 ab', re.X).groups())
print(re.compile('a', re.I | re.S | re.A), re.compile('a', re.U), re.compile('a', re.M).flags)
print(re.compile('(?im)a').flags, re.compile('a', re.A).flags)
