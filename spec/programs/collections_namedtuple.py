from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), Point(x=3, y=4))
x, y = p
print(x + y, p + (3,), p * 2, p[::-1], p.index(2), p.count(1), list(p), tuple(p))
print(Point, Point.__name__, Point.__module__, Point._fields, Point.__doc__, Point.x.__doc__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._make(iter('ab')))
print(Point._field_defaults, Point.__match_args__, isinstance(p, tuple), type(p).__mro__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'a, def, a, _x', rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple('One', 'v')
print(One(5), One._make([7]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
S = namedtuple('S', 'name nums')
s = S('a', [1, 2])
s.nums.append(3)
print(s, str(s), repr(s))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): 'a'}[(1, 2)], Point(1, 2) in {(1, 2)})

class Vec(namedtuple('Vec', 'dx dy')):
    def length2(self):
        return self.dx ** 2 + self.dy ** 2

v = Vec(3, 4)
print(v, v.length2(), type(v).__name__)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
print(Point.__new__.__qualname__, Point._make.__qualname__)
