class MyError(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class NoArgs(Exception):
    def __init__(self):
        pass
e = MyError("a", 2)
print(e.args, str(e), repr(e))
print(str(MyError()), repr(MyError()), str(MyError("one")), repr(MyError("one")))
w = WithInit(404, "not found")
print(w.code, w.args, str(w), repr(w))
print(str(WithStr("x")), repr(WithStr("x")))
n = NoArgs()
print(n.args, repr(n), str(n))
try:
    raise WithInit(1, "boom")
except Exception as ex:
    print(type(ex).__name__, ex, isinstance(ex, WithInit))
class Base(Exception): pass
class Derived(Base): pass
try:
    raise Derived("d")
except Base as b:
    print("caught base", repr(b))
try:
    raise Derived
except (KeyError, Derived) as t:
    print("tuple caught", type(t).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), KeyError.__mro__)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(repr(ValueError()), str(ValueError(1, 2)), repr(ValueError(1, 2)))
e = Exception("x")
e.extra = 5
print(e.extra, e.__dict__)
e.args = ("new",)
print(e)
print(StopIteration(7).value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code)
ae = AttributeError("m", name="n", obj=1)
print(ae.name, ae.obj)
ne = NameError("x", name="x")
print(ne.name)
try:
    raise MyError("final")
except* MyError as g:
    print("except*", repr(g), g.exceptions)
