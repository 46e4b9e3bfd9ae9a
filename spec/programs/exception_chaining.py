try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def reraise():
    try:
        raise KeyError("a")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e), e.__context__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
e1 = ValueError("x")
try:
    raise e1
except ValueError as e:
    print(e is e1)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError(1)
    except ValueError as exc:
        exc2 = exc
        raise
except ValueError as exc3:
    print(exc3 is exc2)
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
except ValueError as e:
    print("caught", e)
def gen_ctx():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError as v:
            return v
v = gen_ctx()
print(repr(v.__context__))
