import re
s = 'café ٣4 ñ_x \u00a0\u2003\x1c é'
print(re.findall(r'\w+', s))
print(re.findall(r'\d', s), re.findall(r'\d', s, re.A))
print(len(re.findall(r'\s', s)), len(re.findall(r'\s', s, re.A)))
print(re.findall(r'\b\w', 'éa bé'), re.findall(r'\b\w', 'éa bé', re.A))
print(re.findall(r'(?i)É', 'éÉ'), re.findall(r'É', 'éÉ', re.I | re.A))
print(re.match('[a-z]', '\u212a', re.I), re.match('s', 'ſ', re.I), re.match('[^k]', 'K', re.I))
print(re.findall(r'[\w-]+', 'a-b c_d'), re.findall(r'[^\W\d]+', 'ab12cd'))
print(re.search(r'\W', 'abc!'), re.search(r'\D+', '12ab3'), re.search(r'\S+', '  xy '))
print(re.findall('.', '😀a'), re.search('a', '😀a').span())
