import hashlib
tests = [lambda: hashlib.md5('x'), lambda: hashlib.md5(1), lambda: hashlib.new('foo'),
         lambda: hashlib.md5().update('s'), lambda: hashlib.sha256(b'a', b'b'), lambda: hashlib.new(1),
         lambda: hashlib.md5(data=b'x'), lambda: hashlib.md5().update(), lambda: hashlib.new()]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
hashlib.sha1().update('text')
