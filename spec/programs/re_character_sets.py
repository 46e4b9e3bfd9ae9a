import re
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[^]a]', 'a]b'), re.findall(r'[a-]', 'a-b'), re.findall(r'[-a]', '-a'))
print(re.findall(r'[\]\\]', 'a]\\'), re.findall(r'[.*+?]', 'a.b*c+?'), re.findall(r'[\d.]+', '1.5 x 2'))
print(re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[\u00e0-\u00ff]', 'aàé'), re.findall(r'[\101]', 'A'))
print(re.findall(r'[\b]', 'a\bb'), re.findall(r'[\n\t]', 'a\nb\tc'), re.findall(r'[$#@]', 'a$b#@'))
print(re.findall(r'[^a-z ]', 'ab C1 !'), re.findall(r'[\W_]+', 'a_b!!c'), re.findall('[ae]\\w+', 'apple tree'))
print(re.findall('[A-Z]', 'aBcDe', re.I), re.findall('[^A-Z]', 'aBc1', re.I))
