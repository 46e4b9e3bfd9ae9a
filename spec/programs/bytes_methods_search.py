b = b'hello'
print(b.find(b'l'), b.find(108), b.find(b'l', 3), b.rfind(b'l'), b.count(b'l'), b.count(108), b.count(b''), b.count(b'', 1))
print(b.startswith(b'he'), b.startswith((b'x', b'he')), b.endswith(b'lo'), b.endswith(bytearray(b'lo')), b.endswith((b'x', b'o'), 0, 5))
print(b.index(b'l'), b.rindex(b'l'), b.index(111, 0, 5), b.find(b'', 10), bytearray(b).find(b'l'))
for f in [lambda: b.find('l'), lambda: b.find(256), lambda: b.index(b'z'), lambda: b.rindex(b'z'), lambda: b.startswith('he'),
          lambda: b.startswith(('he',)), lambda: b.endswith(1), lambda: b.find(), lambda: b.count(b'l', x=1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
