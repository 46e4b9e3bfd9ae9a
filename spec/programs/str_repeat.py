print('ab' * 3, 3 * 'ab', repr('a' * -1), repr('' * 10**30 if False else ''), 'x' * True)
class N:
    def __index__(self):
        return 2
print('ab' * N())
for expr in [lambda: 'a' * 2.0, lambda: 'a' * 'b', lambda: 2.5 * 'a', lambda: 'a' * 10**12,
             lambda: 'a' * 10**30, lambda: 'ab' * 2**62, lambda: 'a' * (2**63 - 1), lambda: [] * 'a']:
    try:
        expr()
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
class R:
    def __rmul__(self, other):
        return 'R.__rmul__ ' + other
print('s' * R())
s = 'x'
s *= 3
print(s)
