def worker():
    try:
        while True:
            try:
                v = yield
                print("got", v)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("oops")))
next(w)
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("exhausted after close")
def g():
    yield 1
    yield 2
x = g()
next(x)
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(x)
except StopIteration:
    print("finished")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def fresh():
    yield 1
f = fresh()
try:
    f.throw(ValueError("unstarted"))
except ValueError as e:
    print("unstarted throw:", e)
print(list(f))
def ret_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
r = ret_on_exit()
next(r)
print(r.close())
def thrower():
    yield 1
t = thrower()
next(t)
try:
    t.throw(ValueError)
except ValueError as e:
    print("class thrown", repr(e))
t2 = thrower()
next(t2)
try:
    t2.throw(ValueError, "msg")
except ValueError as e:
    print("type+value", repr(e))
