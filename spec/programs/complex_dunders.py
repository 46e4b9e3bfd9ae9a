# complex() takes objects with __complex__, __float__ or __index__; object.__format__ checks its arguments.
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 3
print(complex(C()), complex(F()), complex(I()), complex(1, F()), complex(F(), 2))
try:
    object().__format__()
except TypeError as e:
    print(e)
class Bad:
    def __complex__(self): return 1
try:
    complex(Bad())
except TypeError as e:
    print(e)
complex(object())
