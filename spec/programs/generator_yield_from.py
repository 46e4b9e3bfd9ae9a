def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield 3
o = outer()
print(next(o))
print(o.send("a"))
print(o.send("b"))
def delegating_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
print(list(delegating_list()))
def inner2():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "from except"
    finally:
        print("inner finally")
def outer2():
    yield from inner2()
    yield "after"
o2 = outer2()
next(o2)
print(o2.throw(KeyError("k")))
print(next(o2))
o3 = outer2()
next(o3)
o3.close()
print("o3 closed")
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0})))
def ret_only():
    return 5
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def from_custom():
    yield from It()
print(list(from_custom()))
