def deco(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result * 2
    return wrapper

@deco
def add(a, b=1):
    return a + b

class Box:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
    @staticmethod
    def make():
        return Box()
    @classmethod
    def named(cls):
        return cls.__name__

b = Box.make()
b.v = add(2)
print(b.v, Box.named(), add(1, b=5))
