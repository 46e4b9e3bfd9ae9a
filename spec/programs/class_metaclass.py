class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name)
        return {"injected": 42}
class A(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v
a = A(5)
print(a.v, A.created_by, A.injected, type(A).__name__, isinstance(A, Meta))
class B(A):
    pass
print(type(B).__name__, B(1).v)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry): pass
class X(Base): pass
class Y(Base): pass
print(Registry.classes)
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__, Dyn.__bases__)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Bad(P1, P2): pass
except TypeError as e:
    print("TypeError:", e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    pass
print(S() is S())
class WithAttr(type):
    def __getattr__(cls, name):
        return f"meta attr {name}"
class Q(metaclass=WithAttr):
    real = 1
print(Q.real, Q.virtual)
print(type(type), type(object), type.__mro__)
try:
    type("x")
    type("x", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
