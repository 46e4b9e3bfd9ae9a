for spec in ['', 'd', '>5', '<5', '^7', '=+8', '+', ' ', '-', '05', '#x', '#X', '#o', '#b', 'x', ',', '_', '_x', '_b',
             '020,', '08.3f', 'e', '.2%', 'n', '#010x', '*^+10', '=^10', '0>5', ',d']:
    print(repr(spec), repr(format(1234567, spec)), repr(format(-42, spec)), repr(format(0, spec)))
print(format(65, 'c'), format(0x1F600, 'c'), format(65, '>3c'))
for v, spec in [(2**100, ','), (2**100, 'e'), (2**100, '.3g'), (True, ''), (True, '>5'), (True, 'd'), (False, '.2f')]:
    print(repr(format(v, spec)))
for spec in ['s', '.2', ',x', ',c', '=>5s', '>>>5', 'q', 'z', '#c', '+c', 'c']:
    try:
        print(repr(format(-5, spec)))
    except (ValueError, OverflowError) as e:
        print(spec, e)
