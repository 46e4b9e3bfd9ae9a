import io
s = io.StringIO("abc")
s.close()
s.close()
print(s.closed)
for op in (s.getvalue, s.read, s.tell, lambda: s.write("x"), lambda: next(s), s.isatty):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
s.getvalue()
