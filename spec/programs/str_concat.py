print('a' + 'b', 'a' + '')
class R:
    def __radd__(self, other):
        return 'radd:' + other
print('x' + R())
s = 'a'
s += 'b'
print(s)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    1 + 'a'
except TypeError as e:
    print(e)
s += None
