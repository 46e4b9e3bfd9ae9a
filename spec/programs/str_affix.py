s = 'hello world'
print(s.startswith('hell'), s.startswith(('x', 'he')), s.startswith('wor', 6), s.startswith('o', -5, None))
print(s.endswith('ld'), s.endswith(('x',)), s.endswith('o', 0, 5), s.endswith('', 20))
print(s.startswith(('he', None)))
print(s.removeprefix('hello '), s.removesuffix(' world'), s.removeprefix('x'))
for call in [lambda: s.startswith(1), lambda: s.endswith(['ld']), lambda: s.startswith(('x', 1)),
             lambda: s.startswith(), lambda: s.startswith('h', 'x'), lambda: s.removeprefix(1),
             lambda: s.endswith(suffix='d')]:
    try:
        call()
    except TypeError as e:
        print(e)
