print(b'abc', b"it's", b'a"b\'c', b'\x00\x7f\x80\xff\t\n\r\\', b'')
print(repr(bytearray(b"it's")), bytearray(b'a"b'), bytearray(), str(b'abc'), str(bytearray(b'a')))
print(len(b'abc'), len(bytearray(b'ab')), bool(b''), bool(b'\x00'), b'abc'.__sizeof__())
class B(bytes):
    pass
class BA(bytearray):
    pass
print(repr(B(b'xy')), repr(BA(b'xy')), type(B(b'xy')).__name__)
