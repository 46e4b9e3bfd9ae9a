# split/rsplit take sep and maxsplit by position or keyword.
print('a,b,,c'.split(','))
print('  a b  c '.split())
print('a b c'.split(maxsplit=1))
print('a,b,c'.split(sep=',', maxsplit=1))
print('a b c'.rsplit(None, 1))
print('a,b,c'.rsplit(',', maxsplit=1))
print('a b c'.split(None, -5))
for call in [lambda: 'a'.split(',', 1, 2), lambda: 'a'.split(x=1), lambda: 'a'.split(1),
             lambda: 'a'.split(''), lambda: 'a'.split(',', sep=','), lambda: 'a'.split(maxsplit='1'),
             lambda: 'a'.split(maxsplit=2**70)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
