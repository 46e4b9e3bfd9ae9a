def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders()])
def late():
    return [lambda: i for i in range(3)]
print([f() for f in late()])
g = 0
def set_global():
    global g
    g += 5
set_global()
print(g)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def cell_check():
    def read():
        return y
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return read()
print(cell_check())
def unbound_local():
    total = 0
    def add():
        total += 1
    try:
        add()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound_local()
x = "global x"
def shadow():
    print(x)
shadow()
def shadow2():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
shadow2()
fns = {}
for name in ["a", "b"]:
    def f(name=name):
        return name.upper()
    fns[name] = f
print(fns["a"](), fns["b"]())
def acc():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = acc()
a(1)
print(a(2), a.__closure__[0].cell_contents)
def deco(tag):
    def wrap(fn):
        def inner(*args, **kw):
            return f"<{tag}>{fn(*args, **kw)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def text(s):
    return s
print(text("hi"), text.__name__)
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(deleted())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
