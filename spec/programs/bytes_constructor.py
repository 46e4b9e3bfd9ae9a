print(bytes(), bytes(3), bytes([65, 66]), bytes((1, 2)), bytes(range(3)), bytes(x for x in [97, 98]))
print(bytes('abc', 'utf-8'), bytes('é', 'latin-1'), bytes('é', encoding='utf-8'), bytes('é', 'ascii', 'ignore'), bytes(bytearray(b'xy')))
class WB:
    def __bytes__(self):
        return b'wb'
class Idx:
    def __index__(self):
        return 3
print(bytes(WB()), bytes(Idx()), bytes([Idx()]))
cases = [lambda: bytes('abc'), lambda: bytes(b'abc', 'utf-8'), lambda: bytes(1, 'utf-8'), lambda: bytes(encoding='utf-8'),
         lambda: bytes(errors='strict'), lambda: bytes('a', errors='strict'), lambda: bytes(b'a', errors='strict'),
         lambda: bytes(-1), lambda: bytes(2**70), lambda: bytes(1.5), lambda: bytes([256]), lambda: bytes([-1]),
         lambda: bytes(['a']), lambda: bytes(None), lambda: bytes(b'x', 1), lambda: bytes(1, 2, 3, 4), lambda: bytes(x=1),
         lambda: bytes('é', 'ascii')]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, UnicodeError) as e:
        print(type(e).__name__, e)
class WB2:
    def __bytes__(self):
        return 'no'
bytes(WB2())
