class WB:
    def __bytes__(self): return b'\x01\x02'
print(int.from_bytes(WB(), 'big'), int.from_bytes((1, 2), 'little'), int.from_bytes(iter([1, 0]), 'big'), int.from_bytes(bytearray(b'\x05')))
for f in [lambda: int.from_bytes('a', 'big'), lambda: int.from_bytes(5, 'big'), lambda: int.from_bytes([256]), lambda: int.from_bytes(b'', 'middle'), lambda: int.from_bytes()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
