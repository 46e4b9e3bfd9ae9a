class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class P3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

p = Point(1, -2)
q = P3(1, 2, 3)
print(p.norm1(), q.norm1(), p)
