import io
import sys
from contextlib import redirect_stdout

old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 42)
sys.stdout = old
print(repr(buf.getvalue()))
f = io.StringIO()
with redirect_stdout(f):
    print("hi")
    print("there", end="")
print(repr(f.getvalue()))
print(io.TextIOWrapper, isinstance(sys.stdout, io.TextIOBase), isinstance(f, io.TextIOBase))
b = io.BytesIO()
b.write(b"hello")
b.writelines([b" ", b"world"])
print(b.getvalue(), b.tell(), b.truncate(3), b.getvalue())
