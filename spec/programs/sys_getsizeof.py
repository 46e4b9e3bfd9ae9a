import sys
vals = [0, 1, -1, 2**30, 2**60, 2**100, True, False, 1.5, 1j, None, '', 'a', 'ab'*10, 'é', '€', '😀', b'', b'ab', (), (1,), (1, 2, 3, 4, 5, 6), range(3), slice(1, 2)]
for v in vals:
    print(repr(v)[:20], sys.getsizeof(v))
print([sys.getsizeof(set(range(n))) for n in range(0, 40, 4)])
print([sys.getsizeof(dict.fromkeys(range(n))) for n in range(0, 40, 4)])
class A:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(A()))
class C:
    def __sizeof__(self):
        return -1
print(sys.getsizeof(C(), 7) if False else 'default unused')
try:
    sys.getsizeof(C())
except ValueError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
print([sys.getsizeof({str(i): i for i in range(n)}) for n in range(0, 40, 4)])
s = set()
out = []
for i in range(30):
    s.add(i)
    out.append(sys.getsizeof(s))
print(out)
d = {}
out = []
for i in range(30):
    d[i] = i
    out.append(sys.getsizeof(d))
print(out)
