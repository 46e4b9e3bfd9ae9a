s = 'hello'
print(s.count('l'), s.count('l', 3), s.count('l', None, None), s.count('l', -2), s.count(''))
print(s.count('l', 10**30), s.count('l', -10**30), s.count('', 10**30), s.count('', 2, 4))
print(s.find('l'), s.find('l', 3), s.rfind('l'), s.find('z'), s.find('', 9), s.rfind('', 2))
print(s.find('l', 10**30, -10**30), s.index('e'), s.rindex('l', 0, 3))
for call in [lambda: s.find(1), lambda: s.find(), lambda: s.find('l', 'a'), lambda: s.count('l', 1.5),
             lambda: s.find('a', 1, 2, 3), lambda: s.index('z'), lambda: s.rindex('z'), lambda: s.count(x=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
