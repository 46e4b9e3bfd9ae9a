# type.__type_params__: a class's own (PEP 695), else (); set per class; deleting
# is refused with CPython's message.
class A[T]: pass
print(A.__type_params__, A.__orig_bases__ if hasattr(A, '__orig_bases__') else None, A.__mro__)
class B: pass
print(B.__type_params__)
def f[T](x: T) -> T: return x
print(f.__type_params__, f(3))
type Alias[K] = list[K]
print(Alias, Alias.__type_params__, Alias.__value__, type(Alias).__name__)
print(type.__type_params__ if False else '', int.__type_params__)
class B: pass
B.__type_params__ = (1,); print(B.__type_params__, '__type_params__' in vars(B))
try: del B.__type_params__
except TypeError as e: print(e)
try: int.__type_params__ = ()
except TypeError as e: print(e)
