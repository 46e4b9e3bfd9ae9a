def mp(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle rest={rest}"
        case {1: one}:
            return f"int key {one}"
        case {}:
            return "some mapping"
        case _:
            return "no"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0}, {1: "a"}, {"other": 1}, [], "s"]:
    print(mp(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    def __init__(self, r):
        self.r = r
def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(a, b) if a == b:
            return "diagonal"
        case Circle(r=r):
            return f"circle {r}"
        case Point():
            return "some point"
        case int() | float() as num:
            return f"number {num}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5), Circle(7), 3, 2.5, "x"]:
    print(shape(s))
try:
    match Circle(1):
        case Circle(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
class Strict:
    __match_args__ = ("a",)
try:
    match Strict():
        case Strict(z):
            print("bound", z)
        case _:
            print("no attribute a: no match")
except TypeError as e:
    print("TypeError:", e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
class D(dict):
    pass
match D(a=1):
    case {"a": v}:
        print("dict subclass", v)
match 5:
    case x if x > 3:
        print("guard bound", x)
match {"k": [1, 2]}:
    case {"k": [_, second]} as whole:
        print(second, whole)
