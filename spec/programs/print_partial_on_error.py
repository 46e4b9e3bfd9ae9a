# print() writes its arguments one by one: those before an argument whose
# str() raises (and the separator after them) are already written.
class Bad:
    def __str__(self):
        raise ValueError('no str')

try:
    print(1, 'a', [2], Bad(), 3)
except ValueError as e:
    print()
    print('caught', e)
try:
    print('x', 2 ** 64000, sep='|')
except ValueError as e:
    print()
    print(type(e).__name__)
print(Bad(), 1)
