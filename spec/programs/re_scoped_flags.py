import re
print(re.findall(r'a(?i:b)c', 'abc aBc abC ABC'))
print(re.findall(r'(?i)a(?-i:b)c', 'abc aBc AbC'))
print(re.match(r'(?s:.)(.)', '\n\n'))
print(re.match(r'(?x: a b ) c', 'ab c'))
print(re.findall(r'(?m:^x)|y$', 'x\ny\nx'))
