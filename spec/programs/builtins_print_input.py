import sys
print(1, 2, 3, sep='-', end='!\n')
print('a', 'b', sep='')
print('no newline', end='')
print()
print(*[1, 2], sep=None, end=None)
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
print(file=None)
print('flush', flush=True)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('x', 1, sep=', ', file=w)
print(w.parts)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print(sep=1))
t(lambda: print(end=[]))
t(lambda: print(file=1))
t(lambda: print(bad=1))
print(repr(print()), str(1.0), str([1.0, 'a']), repr("q'uote"), repr('dq"'), repr('both\'"'), repr('\n\t\\'))
t(lambda: input())
