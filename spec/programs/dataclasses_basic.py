from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p.x, p.y, p == Point(1, 2), p != Point(2, 1), p == (1, 2))
p.x = 10
print(p, Point.__doc__, Point.__match_args__, Point.__init__.__qualname__, Point.__repr__.__qualname__)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)

a = Inventory('a')
b = Inventory('a')
a.items.append(1)
print(a, b, a.items is b.items, Inventory('z', [1]) == Inventory('z', [1], secret='other'))
print(Inventory.__doc__, Inventory.count, Inventory.secret, hasattr(Inventory, 'items'))

@dataclass
class WithPost:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h

print(WithPost(2, 3), WithPost(2.5, 2).area)

@dataclass
class Empty:
    pass

print(Empty(), Empty() == Empty(), Empty.__doc__)

@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f'<{self.v}>'
    def __eq__(self, other):
        return True

print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)

class Outer:
    @dataclass
    class Inner:
        v: int

print(Outer.Inner(1))

@dataclass
class Rec:
    x: object = None

r = Rec()
r.x = r
print(r, [Rec([1]), Rec('s')])

@dataclass(init=False, repr=False, eq=False)
class Bare:
    x: int = 3

bb = Bare()
print(bb.x, bb == Bare(), type(repr(bb)).__name__)
print(match_args := Point.__match_args__)
match Point(1, 9):
    case Point(1, yy):
        print('y is', yy)
