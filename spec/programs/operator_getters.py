from operator import itemgetter, attrgetter, methodcaller
import operator

rows = [('b', 2, 9.5), ('a', 2, 1.0), ('c', 1, 3.3), ('a', 1, 7.7)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(max(rows, key=itemgetter(2)), min(rows, key=operator.itemgetter(0)))
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d.items(), key=itemgetter(1), reverse=True))
print(itemgetter('y', 'x')(d))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self if x == 0 else None
    def dist(self, scale=1):
        return (self.x ** 2 + self.y ** 2) * scale
    def __repr__(self):
        return f'P({self.x}, {self.y})'

pts = [Point(3, 4), Point(1, 1), Point(0, 5), Point(1, 0)]
print(sorted(pts, key=attrgetter('x', 'y')))
print(sorted(pts, key=methodcaller('dist')))
print([methodcaller('dist', scale=2)(p) for p in pts])
print(attrgetter('inner.inner.y')(Point(0, 7)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
acc = 0
for v in [1, 2, 3, 4]:
    acc = operator.add(acc, v)
print(acc, operator.iadd([1], (2, 3)))
lst = [1, 2]
print(operator.iadd(lst, [3]) is lst, lst)
print(operator.eq(Point(1, 1), Point(1, 1)), operator.ne(1, 1.0), operator.ge('b', 'a'))
print(operator.getitem('hello', slice(1, 4)), operator.countOf('banana', 'a'), operator.indexOf('banana', 'n'))
s = [1, 2, 3]
operator.setitem(s, slice(0, 2), ['a'])
operator.delitem(s, -1)
print(s)
print(operator.neg(5), operator.pos(-2.5), operator.abs(-7.5), operator.invert(0), operator.not_(None))
print(operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(7.5, 2), operator.pow(3, 4))
print(operator.lshift(3, 2), operator.rshift(-16, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.contains({'a': 1}, 'a'), operator.concat((1,), (2,)), operator.index(7))
print(operator.is_(None, None), operator.is_not([], []))
print(repr(itemgetter(-1)), repr(attrgetter('a.b')), repr(methodcaller('f', 1, 'two', k=[3])))
print(operator.length_hint([1, 2, 3]), operator.length_hint(7, 4))
print(operator.__mul__(3, 4), operator.__neg__(2), operator.__getitem__([9], 0))
