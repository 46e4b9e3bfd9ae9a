print(repr(staticmethod(len)))
print(classmethod(abs))
class S(staticmethod):
    pass
print(S(len))
