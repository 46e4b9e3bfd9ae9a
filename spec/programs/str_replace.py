print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('', '-'), 'aaa'.replace('', '-', 2))
print('abc'.replace('b', ''), 'abc'.replace('x', 'y'), 'a😀a'.replace('😀', 'b'), 'abab'.replace('ab', 'x', -1), 'abc'.replace('', ''))
for call in [lambda: 'a'.replace(1, 'b'), lambda: 'a'.replace('a', 1), lambda: 'a'.replace('a'),
             lambda: 'a'.replace('a', 'b', 'c'), lambda: 'a'.replace('a', 'b', 1.5)]:
    try:
        call()
    except TypeError as e:
        print(e)
'aaa'.replace('a', 'b', count=2)
