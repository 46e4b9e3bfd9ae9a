from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import io

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("b") as t:
    print("inside", t)

try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")

with swallow():
    raise KeyError(1)
print("after")

@tag("deco")
def f():
    print("in f")
f()

with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")

class R:
    def close(self):
        print("closed")
with closing(R()):
    pass
with nullcontext(5) as v:
    print(v)
with ExitStack() as st:
    st.callback(print, "cb1")
    st.enter_context(tag("es"))
    st.callback(print, "cb2")
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(buf.getvalue().strip())

@contextmanager
def noyield():
    if False:
        yield
with noyield():
    pass
