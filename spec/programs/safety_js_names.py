d = {}
d["__proto__"] = 1
d["constructor"] = 2
d["toString"] = 3
d["hasOwnProperty"] = 4
print(d, len(d), "__proto__" in d, d.get("valueOf"), list(d))
class A:
    pass
a = A()
for name in ["__proto__", "constructor", "toString", "prototype", "valueOf", "__defineGetter__"]:
    try:
        getattr(a, name)
        print("has", name)
    except AttributeError as e:
        print("AttributeError:", e)
a.__proto__ = "set"
a.constructor = "c"
print(a.__proto__, a.constructor, sorted(vars(a)))
try:
    (1).constructor
except AttributeError as e:
    print("AttributeError:", e)
try:
    "".__proto__
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].constructor
except AttributeError as e:
    print("AttributeError:", e)
try:
    print.constructor
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.__proto__
except AttributeError as e:
    print("AttributeError:", e)
try:
    constructor
except NameError as e:
    print("NameError:", e)
try:
    __proto__
except NameError as e:
    print("NameError:", e)
try:
    toString()
except NameError as e:
    print("NameError:", e)
subs = ().__class__.__base__.__subclasses__()
print(type(subs).__name__, isinstance(subs[0], type), object in subs, int in subs)
print(().__class__.__base__ is object, object.__base__, type.__base__)
g = globals()
print("__proto__" in g, "constructor" in g)
s = {"__proto__", "constructor"}
print(sorted(s))
print(getattr(A, "__dict__")["__module__"])
kw = {"__proto__": 1}
def f(**k):
    return k
print(f(**kw), f(constructor=2))
class B:
    constructor = "class attr"
    def __proto__(self):
        return "method"
print(B().constructor, B().__proto__())
print(hasattr(object(), "__proto__"), hasattr(0, "constructor"))
try:
    setattr(object(), "constructor", 1)
except AttributeError as e:
    print("AttributeError:", e)
print({}.get("constructor", "absent"), dict(__proto__=5))
