# A generator that yields in `finally` ignores GeneratorExit; when CPython
# closes it because it was dropped (a for loop left by break or an exception,
# a generator expression over it finished early), the RuntimeError is only
# reported as unraisable: the program goes on.
def stubborn(n):
    for i in range(n):
        try:
            yield i
        finally:
            yield -1

for v in stubborn(3):
    break
print(all(False for c in stubborn(2)))
try:
    for v in stubborn(3):
        raise KeyError(v)
except KeyError as e:
    print('caught', e)
print('end')
