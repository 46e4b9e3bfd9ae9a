import io
out = io.StringIO()
print("a", 1, [2, 3], file=out)
print("x", "y", sep="-", end="!\n", file=out)
print(file=out)
print(repr(out.getvalue()))
with io.StringIO("data") as f:
    print(f.read(), f.closed)
print(f.closed)
