import re
print(re.findall(r'(\w)\1', 'aabbcdd'))
print(re.search(r'(\w+) \1', 'hello hello world'))
print(re.match(r'(a)|b\1', 'b'))
print(re.match(r'(?:(a)|b)\1', 'baa'))
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?P<x>a)?(?(x)b)', 'a'))
print(re.match(r'(a*)+b\1', 'aab'))
print(re.findall(r'(\d)(\d)\2\1', '1221 3443 5665 1234'))
