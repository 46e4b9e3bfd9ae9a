class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom"):
    pass
print(sorted(Plugin.registry), Alpha.plugin_name, Beta.plugin_name)
try:
    class Gamma(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Seq[int], Seq["x"], Seq[1, 2])
print(list[int], dict[str, int])
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {self.__dict__}>"
    return cls
@add_repr
class Rec:
    def __init__(self):
        self.a = 1
print(repr(Rec()))
class Named:
    def __set_name__(self, owner, name):
        self.full = f"{owner.__name__}.{name}"
class Holder:
    first = Named()
    second = Named()
print(Holder.first.full, Holder.second.full)
try:
    class NotAllowed(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
print(Empty.__module__, Empty.__init_subclass__() is None)
