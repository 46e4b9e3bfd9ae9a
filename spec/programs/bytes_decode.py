print(b'hello'.decode(), b'hello'.decode('ascii'), b'\xc3\xa9'.decode(), b'\xc3\xa9'.decode('latin-1'), bytearray(b'\xc3\xa9').decode())
print(b'\xff'.decode('utf-8', 'replace'), repr(b'\xff'.decode(errors='ignore')), b'\x80abc'.decode('ascii', 'backslashreplace'))
print(b'ab'.decode(encoding='ascii'), b'ab'.decode(errors='strict', encoding='latin-1'), repr(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
for f in [lambda: b'\xff'.decode(), lambda: b'\xff'.decode('bogus'), lambda: b'a'.decode(1), lambda: b'a'.decode('utf-8', 'strict', 3),
          lambda: b'\xf0\x9f\x98'.decode(), lambda: b'\xed\xa0\x80'.decode(), lambda: b'\x80abc'.decode('ascii')]:
    try:
        f()
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
try:
    b'ab\xffcd'.decode()
except UnicodeDecodeError as e:
    print(e.args, e.start, e.end, e.reason, e.object, e.encoding, repr(e))
print(UnicodeDecodeError('x', b'ab', 0, 2, 'why'))
UnicodeDecodeError('x')
