b = b'abcdef'
print(b[0], b[-1], b[1:], b[::-1], b[::2], b[5:0:-2], list(b), list(reversed(b)), max(b), sum(b))
ba = bytearray(b'abc')
print(ba[0], ba[1:], type(ba[0:1]).__name__, list(ba))
print(type(iter(b)).__name__, type(iter(ba)).__name__)
for f in [lambda: b[6], lambda: b[-7], lambda: b['a'], lambda: b[1.0], lambda: ba[5], lambda: ba['x'], lambda: b[2**63]]:
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
b[0] = 1
