print('abc' < 'abd', 'abc' <= 'ab', 'a' > 'B', '' < 'a', 'é' > 'z', '😀' > '\uffff', '\U0001F600' < '\ue000')
print('a' == 1, 'a' != 1, max('abc'), min('abc', 'abd'), sorted('hello'), sorted(['b', 'A', 'a']))
print(hash(''), hash('abc'), hash('é'), hash('😀'), hash('abc') == hash('ab' + 'c'))
print({'x': 1, 'y': 2}, set('ab') == {'a', 'b'})
print('ell' in 'hello', '' in 'abc', 'abc'.__contains__('b'))
try:
    1 in 'abc'
except TypeError as e:
    print(e)
'a' < None
