import io
s = io.StringIO("abc")
tests = [lambda: s.write(5), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3),
         lambda: s.read("2"), lambda: io.StringIO(b"x"), lambda: io.StringIO(newline="x"),
         lambda: s.truncate(-2), s.fileno]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
print(s.seek(0, 2), s.seek(0, 1))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
s.write(None)
