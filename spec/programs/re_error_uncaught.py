import re
print(isinstance(re.error('x'), Exception), re.error.__module__, re.error('m', 'pat', 1))
re.compile('ab(c')
