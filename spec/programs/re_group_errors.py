import re
m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [3, -1, 'zz', 1.0, None, '1']:
    try:
        print(m.group(g))
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(7)
except IndexError as e:
    print('IndexError', e)
try:
    m.group(x=1)
except TypeError as e:
    print('TypeError', e)
m.group(1, 'zz')
