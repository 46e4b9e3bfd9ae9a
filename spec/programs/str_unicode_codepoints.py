s = 'a😀b😀c'
print(len(s), s[1], s[-1], s[::2], s[1:4], s[::-1])
print(s.find('b'), s.index('c'), s.count('😀'), s.split('😀'), s.rfind('😀'))
print(list('é😀'), [ord(c) for c in s])
print('😀' in s, '\ud83d' in s)
print('😀'.upper(), 'ß'.upper(), 'ǅ'.lower(), 'İ'.lower(), len('İ'.lower()))
print(sorted(['\ue000', '😀', 'z']), '😀' > '\uffff')
print(s.center(9, '*'), s.partition('b'), s.replace('😀', '-'))
