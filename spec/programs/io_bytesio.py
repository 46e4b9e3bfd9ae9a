import io
b = io.BytesIO(b"abc")
print(b.read(), b.write(b"de"), b.getvalue(), b.tell())
b.seek(-2, 2)
print(b.read(1), b.seek(1, 1), b.read())
b.seek(8)
b.write(bytearray(b"z"))
print(b.getvalue())
b.seek(0)
print(b.readline(), b.readlines())
print(list(io.BytesIO(b"x\ny\n")), io.BytesIO().getvalue())
print(type(b), isinstance(b, io.BufferedIOBase))
for t in (lambda: b.write("s"), lambda: b.seek(-1), lambda: b.seek(0, 7), lambda: io.BytesIO("s")):
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
b.read()
