eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ValueError("v")])
    except* KeyError:
        print("handled key")
except ExceptionGroup as left:
    print("left:", repr(left))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except TypeError as e:
    print("TypeError:", e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [ValueError()])
print(type(beg2).__name__)
