print(b','.join([b'a', b'b']), b','.join([b'a', bytearray(b'b')]), bytearray(b',').join([b'a']), b'x'.join([]), b''.join([b'a', b'b']))
print(b'a,b,c'.split(b','), b'a b  c'.split(), b'a\x1cb'.split(), b'a\x85b\xa0c'.split(), b'a,b,c'.split(b',', 1), b'a,b,c'.split(sep=b',', maxsplit=1))
print(b'a,b,c'.rsplit(b',', 1), b''.split(), b''.split(b','), b'  '.split(), b'a  b'.split(None, 1), b'a  b  '.rsplit(None, 1))
print(b'a\nb\r\nc\rd\x0be'.splitlines(), b'a\nb'.splitlines(True), bytearray(b'a,b').split(b','))
print(b'hello'.partition(b'l'), b'hello'.rpartition(b'l'), b'hello'.partition(b'z'))
for f in [lambda: b','.join(['a']), lambda: b','.join([1]), lambda: b','.join(1), lambda: b'a,b'.split(','),
          lambda: b'a,b'.split(b''), lambda: b'hello'.partition('l')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
