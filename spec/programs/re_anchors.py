import re
print(re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search(r'a\Z', 'a'))
print(re.search(r'^b', 'a\nb'), re.search(r'\Ab', 'a\nb', re.M), re.search(r'^b', 'a\nb', re.M))
print(re.findall(r'$', 'a\nb\n'), re.findall(r'$', 'a\nb\n', re.M))
print(re.findall(r'\bfoo\b', 'foo foobar afoo foo.'), re.findall(r'\Boo\B', 'foo boot'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\B', 'a'), re.search('^$', ''))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'\B', '|', 'ab cd'))
p = re.compile('^a')
print(p.search('ba', 1), re.compile('a$').search('ab', 0, 1))
