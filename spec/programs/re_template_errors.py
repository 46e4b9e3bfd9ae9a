import re
for t in [r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\q', '\\', r'\400', r'\9']:
    try:
        print(repr(re.sub('(a)', t, 'a')))
    except re.error as e:
        print(repr(t), 'error', e)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
try:
    re.sub('a', 5, 'b')
except TypeError as e:
    print('TypeError', e)
print(re.match('(a)', 'a').expand(r'\1\1'))
re.sub('(a)', r'\g<nope>', 'a')
