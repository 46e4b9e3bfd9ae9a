class P:
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
class Q:
    def __repr__(self):
        return 'Q-repr'
print(str(), str(5), str(1.5), str(-0.0), str(1e16), str(True), str(None), str([1, 'a']), str((1,)), str({'a': 'b'}))
print(str(P()), str(Q()), str(object=7), str(b'abc'), str(bytearray(b'x')), str(str), str(int))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), repr(str(b'\xff', errors='ignore')), str(bytearray(b'ab'), 'ascii'))
class R:
    def __str__(self):
        return 5
for call in [lambda: str(R()), lambda: str(b'\xff', 'utf-8'), lambda: str(1, 'utf-8'), lambda: str('abc', 'utf-8'),
             lambda: str(1, 2, 3, 4), lambda: str(x=1), lambda: str(b'a', 1), lambda: str(1, object=1),
             lambda: str.__new__(int, 5), lambda: str.__new__(), lambda: str.__new__(1)]:
    try:
        call()
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
