from fractions import Fraction as F
vals = [F(1, 3), F(-2, 3), F(0), F(-1, 10**9), F(12345678, 7), F(5, 2), F(7, 2), F(1, 8), F(10**20, 3), F(-999999, 1000000), F(99999, 10**10)]
specs = ['.5f', 'f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '#g', '.0g', '%', '.1%', '+.2f', ' .2f', '10.2f', '<10.2f', '^12.3f', '*>12.1f', '=+12.1f', '012.2f', ',.2f', '_.3f', '015,.2f', 'z.1f', '.2g', '.12g', '20.5e', ',g', '08.3e']
for v in vals:
    print([format(v, s) for s in specs])
for bad in ['d', 'x', '>8', '.2']:
    try: print(format(F(1, 3), bad))
    except Exception as e: print(type(e).__name__, e)
print(f'{F(1, 3):.3f} {F(22, 7):.10g}')
