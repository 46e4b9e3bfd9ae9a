values = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e16, 1.234e-7, 123456.789, float('inf'), float('nan'), 1e300, 0.5, 2.5]
for spec in ['', 'f', '.2f', 'e', '.0e', '#.0e', 'g', '#g', '.3g', '%', '.0%', 'n', ',.2f', '_.1f', '012,.1f', '+.1f', ' g', 'z.1f', '=+12.3e', '*^15.4G', 'F', 'E']:
    print(repr(spec), [format(v, spec) for v in values])
for spec in ['d', 'x', 'c', ',s', 'b', '=q']:
    try:
        format(1.5, spec)
    except ValueError as e:
        print(e)
