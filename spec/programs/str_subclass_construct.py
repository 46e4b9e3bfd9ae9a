class S(str):
    def __new__(cls, a, b):
        return super().__new__(cls, a + b)
s = S('x', 'y')
print(s, type(s).__name__, len(s))
class T(str):
    def __init__(self, v):
        self.v = v
t = T(5)
print(t, t.v, t + '!', t.upper())
class B(bytes):
    def __new__(cls, n):
        return super().__new__(cls, b'#' * n)
print(B(3), type(B(3)).__name__, B(2).decode())
class BA(bytearray):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 'ba'
ba = BA(b'xy')
ba.append(122)
print(ba, ba.tag, len(ba))
class Up(str):
    def __str__(self):
        return self.upper()
print(Up('abc'), str(Up('abc')), '%s' % Up('q'), f'{Up("w")}', ''.join([Up('z')]), Up('a') == 'a')
print(str.__new__(T, 'raw'), type(str.__new__(T, 'raw')).__name__)
print(S.__mro__, isinstance(s, str), issubclass(B, bytes))
