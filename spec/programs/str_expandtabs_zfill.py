print(repr('a\tb\tc'.expandtabs()), repr('a\tb\tc'.expandtabs(4)), repr('ab\tc\nabc\td'.expandtabs(3)))
print(repr('a\tb'.expandtabs(0)), repr('a\tb'.expandtabs(-1)), repr('x\r\ty'.expandtabs(tabsize=2)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '-'.zfill(3), repr(''.zfill(3)), 'abc'.zfill(-1), '+'.zfill(1))
for call in [lambda: 'a'.expandtabs('x'), lambda: 'a'.expandtabs(1.5), lambda: 'a'.zfill(), lambda: 'a'.zfill('3'),
             lambda: 'a\tb'.expandtabs(2**40)]:
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
