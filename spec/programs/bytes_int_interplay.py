print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(bytearray(b'\x01'), 'big'))
print(int.from_bytes([1, 2], 'big'), int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'', 'big'))
print((256).to_bytes(2, 'big'), (256).to_bytes(2, 'little'), (-1).to_bytes(1, 'big', signed=True), (1024).to_bytes(4, byteorder='little'))
print(ord(b'a'), ord(bytearray(b'z')), int(b'42'), int(bytearray(b' 7 ')), float(b'1.5'), list(b'\x01\x02'))
print(bytes([x ^ 0xff for x in b'\x0f\xf0']), b'abc'[0] + 1, chr(b'A'[0]))
for f in [lambda: int.from_bytes('a', 'big'), lambda: (256).to_bytes(1, 'big'), lambda: ord(b'ab'), lambda: ord(b''), lambda: float(b'x')]:
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
