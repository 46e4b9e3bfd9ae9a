import re
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
re.sub('(a)', r'\2', 'a')
