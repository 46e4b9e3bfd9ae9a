from collections import namedtuple

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
show(lambda: Point(1))
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, z=2))
show(lambda: Point(1, x=2))
show(lambda: Point())
show(lambda: p._replace(z=3))
show(lambda: Point._make([1]))
show(lambda: namedtuple('Q', 'a def'))
show(lambda: namedtuple('Q', 'a _b'))
show(lambda: namedtuple('Q', 'a a'))
show(lambda: namedtuple('1Q', 'a'))
show(lambda: namedtuple('Q', '1a'))
show(lambda: namedtuple('Q', 'a b', defaults=[1, 2, 3]))
show(lambda: namedtuple('Q', ['a', 5]))

def setattr_field():
    p.x = 5
show(setattr_field)

def delattr_field():
    del p.x
show(delattr_field)

def setattr_new():
    p.z = 5
show(setattr_new)
show(lambda: p.__dict__)
show(lambda: p.missing)
p[0] = 3
