from functools import cached_property

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
c.area = 1
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)

class Slotted:
    __slots__ = ('x',)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
