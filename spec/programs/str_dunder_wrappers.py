s = 'ab a'
cases = [lambda: s.__add__(), lambda: s.__add__('x', 'y'), lambda: s.__mul__(), lambda: s.__mul__(1.5),
         lambda: s.__getitem__(), lambda: s.__contains__('a', x=1), lambda: s.__len__(1), lambda: s.__mod__(1, 2),
         lambda: s.__add__(1), lambda: b'x'.__mul__(2, 3), lambda: bytearray(b'x').__setitem__(0),
         lambda: s.removesuffix(None), lambda: s.encode(None), lambda: s.split(1.5, 'a'), lambda: b'x'.hex('', ('a',)),
         lambda: b'x'.rfind(2**70, 1, b'a'), lambda: bytes.maketrans(b'a', b'b', x=1)]
for f in cases:
    try:
        print(repr(f()))
    except TypeError as e:
        print(e)
print(s.__add__('!'), s.__mul__(2), s.__len__(), s.__getitem__(0), s.__contains__('b'), s.__mod__(()), s.__eq__(s), s.__lt__(1))
