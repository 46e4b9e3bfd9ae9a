print(b'\x00\xff'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -2), b'abc'.hex(sep='_'), repr(b''.hex()))
print(b'abcde'.hex(':', 2), b'abcde'.hex(b':', 2), b'abcde'.hex(':', -2), b'abc'.hex(':', 0), bytearray(b'ab').hex())
print(bytes.fromhex('00ff 10'), bytes.fromhex(' 0a '), bytes.fromhex(''), bytes.fromhex('0a\t0b\n'), bytearray.fromhex('0102'))
class B(bytes):
    pass
print(type(B.fromhex('41')).__name__, B.fromhex('41'))
for f in [lambda: b'abc'.hex('--'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('0'), lambda: bytes.fromhex('0 1'),
          lambda: bytes.fromhex(b'00'), lambda: bytes.fromhex(), lambda: b'ab'.hex(1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
