print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'ab' * 3, 3 * b'ab', b'ab' * -1, bytearray(b'ab') * 2)
print(b'abc' == b'abc', b'abc' == bytearray(b'abc'), b'abc' == 'abc', b'abc' != 'abc', b'abc' < b'abd', b'abc' < b'ab')
print(bytearray(b'a') < b'b', b'a' <= bytearray(b'a'), b'\x00' < b'\x00\x00', sorted([b'b', b'a', b'']))
print(97 in b'abc', b'b' in b'abc', b'bc' in b'abc', bytearray(b'b') in b'abc', b'' in b'abc', 98 in bytearray(b'abc'))
print(hash(b''), hash(b'abc'), hash(b'abc') == hash('abc'), hash(b'\xff\x00'), {b'a': 1}[b'a'])
for f in [lambda: b'ab' + 'cd', lambda: 'ab' + b'cd', lambda: bytearray(b'a') + 'x', lambda: b'ab' + 1,
          lambda: b'ab' * 1.5, lambda: b'ab' * 2**62, lambda: b'a' * 10**12, lambda: b'a' * 2**63,
          lambda: 'b' in b'abc', lambda: 256 in b'abc', lambda: 1.5 in b'abc', lambda: hash(bytearray(b'a')),
          lambda: b'abc' < 'abd']:
    try:
        f()
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
