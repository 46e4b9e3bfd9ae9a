print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2]), bytearray('abc', 'utf-8'), bytearray(x for x in b'hi'))
cases = [lambda: bytearray('abc'), lambda: bytearray(b'a', 'utf-8'), lambda: bytearray(1, errors='x'),
         lambda: bytearray(encoding='x'), lambda: bytearray(-1), lambda: bytearray([300]), lambda: bytearray(1.5),
         lambda: bytearray(None)]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = bytearray(b'old')
b.__init__(b'new')
print(b)
