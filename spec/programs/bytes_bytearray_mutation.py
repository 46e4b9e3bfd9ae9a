ba = bytearray(b'hello')
ba.append(33); print(ba)
ba.extend(b' x'); ba.extend([65, 66]); ba.extend(range(3)); print(ba)
print(ba.pop(), ba.pop(0), ba)
ba[0] = 72; ba[-1] = 0; print(ba)
ba[1:3] = b'XYZ'; print(ba)
ba[1:4] = []; print(ba)
ba[::2] = b'\x00' * len(ba[::2]); print(ba)
ba[0:0] = [1, 2, 3]; print(ba)
del ba[0]; print(ba)
del ba[::2]; print(ba)
del ba[1:]; print(ba)
b2 = bytearray(b'abcabc')
b2.remove(98); b2.insert(0, 90); b2.insert(-1, 89); b2.insert(100, 88); print(b2)
b2.reverse(); print(b2, b2.copy(), b2.copy() is b2)
b2.clear(); print(b2, len(b2))
b3 = bytearray(b'ab'); alias = b3
b3 += b'cd'; b3 *= 2; print(b3, alias, b3 is alias)
for f in [lambda: ba.extend('ab'), lambda: ba.extend(5), lambda: ba.append(256), lambda: ba.append('a'), lambda: bytearray().pop(),
          lambda: ba.pop(100), lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(100, 1), lambda: ba.__setitem__(0, 'a'),
          lambda: ba.__setitem__(slice(None, None, 2), b'123'), lambda: ba.__setitem__(slice(0, 1), 5), lambda: b2.remove(120),
          lambda: b3.__iadd__('x')]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
