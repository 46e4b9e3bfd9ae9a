for spec in ['', 's', '>5', '<5', '^7', '*^9', '.2', '^7.2', '😀<5', 'x<5s', '.0', '010', '>010']:
    print(repr(spec), repr(format('abc', spec)), repr(format('😀bc', spec)))
for spec in ['d', '=5', '+5', ' ', '#', ',', '_', 'ss', '05=']:
    try:
        format('abc', spec)
    except ValueError as e:
        print(repr(spec), e)
