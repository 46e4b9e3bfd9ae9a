class B(bytes):
    pass
class BA(bytearray):
    pass
b = B(b'xy')
print(b, type(b).__name__, type(b[0:1]).__name__, type(b + b'z').__name__, b == b'xy', hash(b) == hash(b'xy'), {b'xy': 1}[b])
print(BA(b'xy'), type(BA(b'xy').upper()).__name__, b.upper(), len(b), list(b))
b.tag = 1
print(b.tag)
