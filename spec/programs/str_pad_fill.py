print(repr('ab'.center(5, '*')), repr('ab'.center(6, '*')), repr('abc'.center(6, '*')))
print(repr('ab'.ljust(5, '-')), repr('ab'.rjust(5)), repr('ab'.center(1)))
print(repr('é'.center(4, '😀')))
for call in [lambda: 'a'.center(5, 'xy'), lambda: 'a'.center(5, 1), lambda: 'a'.ljust(5, ''),
             lambda: 'a'.center(), lambda: 'a'.center('5'), lambda: 'a'.center(1.5),
             lambda: 'a'.rjust(2**70), lambda: 'a'.center(x=1)]:
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
