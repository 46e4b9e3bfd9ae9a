print('hello'.partition('l'), 'hello'.rpartition('l'), 'hello'.partition('z'), 'hello'.rpartition('z'))
print(repr('  x  '.strip()), 'xxaxx'.strip('x'), 'xxaxx'.lstrip('x'), 'xxaxx'.rstrip('x'), 'abc'.strip(None), 'ab\u3000'.strip())
class S(str):
    pass
p = S('ab').partition('x')
print(type(p[0]).__name__, type(S('ab').rpartition('x')[2]).__name__, type(S('ab').strip()).__name__)
for call in [lambda: 'a'.partition(''), lambda: 'a'.partition(None), lambda: 'a'.rpartition(1),
             lambda: 'a'.strip(1), lambda: 'a'.lstrip(chars='a'), lambda: 'a'.rstrip('a', 'b'), lambda: 'a'.partition()]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
