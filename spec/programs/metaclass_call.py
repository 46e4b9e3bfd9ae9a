class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            print('creating', cls.__name__)
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]

class A(metaclass=Single):
    def __init__(self, x):
        self.x = x

a = A(1)
b = A(2)
print(a is b, a.x)

class Meta(type):
    pass

class B(metaclass=Meta):
    def __init__(self, v):
        self.v = v

print(B(3).v, type(B).__name__)
