# Instantiating an abstract class is refused by object.__new__, as in CPython
# (Py_TPFLAGS_IS_ABSTRACT, set by assigning a true __abstractmethods__): a
# __new__ that does not call it, or a list/int base, makes the class
# instantiable; ABCMeta itself has no __call__.
from abc import ABC, ABCMeta, abstractmethod
class A(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
print('__call__' in ABCMeta.__dict__, '__call__' in vars(type))
try: A()
except TypeError as e: print(e)
try: object.__new__(A)
except TypeError as e: print(e)
class B(A):
    def __new__(cls): return 42
print(B())
class L(list, ABC):
    @abstractmethod
    def f(self): ...
print(L([1]))
class I(int, ABC):
    @abstractmethod
    def f(self): ...
print(I(3))
class C: pass
C.__abstractmethods__ = frozenset({'x'})
try: C()
except TypeError as e: print(e)
C.__abstractmethods__ = ['y', 'z']
try: C()
except TypeError as e: print(e)
C.__abstractmethods__ = ()
print(type(C()).__name__)
C.__abstractmethods__ = 'ab'
try: C()
except TypeError as e: print(e)
del C.__abstractmethods__
print(type(C()).__name__)
try: del C.__abstractmethods__
except AttributeError as e: print('AE', e)
try: type.__abstractmethods__
except AttributeError as e: print('AE', e)
try: C.__abstractmethods__
except AttributeError as e: print('AE', e)
print(hasattr(A, '__abstractmethods__'), sorted(A.__abstractmethods__))
class D(A):
    def f(self): return 1
    def g(self): return 2
print(D().f(), D.__abstractmethods__)
class E(metaclass=ABCMeta):
    def __init__(self, x): self.x = x
print(E(5).x)
try: E()
except TypeError as e: print(e)
class F(A):
    def __init__(self, *a): pass
try: F(1, 2)
except TypeError as e: print(e)
try: int.__abstractmethods__ = frozenset()
except TypeError as e: print(e)
class M(type): pass
class G(metaclass=M): pass
G.__abstractmethods__ = {'q'}
try: G()
except TypeError as e: print(e)
print('__abstractmethods__' in G.__dict__)
C.__abstractmethods__ = [3, 1]
try: C()
except TypeError as e: print(e)
C.__abstractmethods__ = ['b', 2]
try: C()
except TypeError as e: print(e)
class H(C): pass
print(type(H()).__name__, hasattr(H, '__abstractmethods__'))
class N:
    __abstractmethods__ = frozenset({'n'})
print(type(N()).__name__, N.__abstractmethods__)
