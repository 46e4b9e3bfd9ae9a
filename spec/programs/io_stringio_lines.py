import io
text = "alpha\nbeta\ngamma"
s = io.StringIO(text)
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()))
s.seek(0)
print(s.readlines())
print(list(io.StringIO(text)))
for i, line in enumerate(io.StringIO(text), 1):
    print(i, line.rstrip())
print(io.StringIO(text).readlines(7))
print(io.StringIO("a\r\nb\rc\n", newline=None).readlines())
print(io.StringIO("a\r\nb\rc\n", newline='').readlines())
print(io.StringIO("a\r\nb\rc\n").readlines())
t = io.StringIO(newline='\r\n')
t.writelines(["x\n", "y\n"])
print(repr(t.getvalue()))
