# A generator reached only through the arguments of a call to native code
# (here through map) is closed when that call returns or raises.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print('numbers closed')

def fail(x):
    raise ValueError(x)

try:
    list(map(fail, numbers()))
except ValueError as e:
    print('caught', e)
print(next(iter(map(str, numbers()))))
print(sorted(zip(numbers(), 'ab'))[:1])
print(any(map(bool, numbers())))
print('end')
