class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "xa"), hasattr(l, "b"), getattr(l, "b", "dflt"))
try:
    l.bad
except AttributeError as e:
    print("AttributeError:", e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def meth(self):
        return "meth"
g = Logged()
g.a = 1
print(g.a, g.meth())
del g.a
try:
    g.a
except AttributeError as e:
    print("AttributeError:", e)
print(g.log)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
b = Both()
print(b.boom, b.other)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.v
except AttributeError as e:
    print("AttributeError:", e)
print(f.v)

class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), len(p._t))
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
