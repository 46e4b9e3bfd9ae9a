# classmethod/staticmethod copy the callable's attributes into their __dict__
# (functools.wraps' list), only staticmethod objects are callable,
# __isabstractmethod__ follows the wrapped functions (property: any of three);
# type.__prepare__ exists for a metaclass's super() call.
def f(a: int): 'doc'
f.extra = 5
s = staticmethod(f); print(s.__dict__, s(1))
class C: pass
o = C(); o.__doc__ = 'd'
print(classmethod(o).__dict__)
c = classmethod(len)
print(list(c.__dict__))
c.x = 1; print(c.x)
try: c()
except TypeError as e: print(e)
from abc import abstractmethod
def g(): pass
print(classmethod(abstractmethod(g)).__isabstractmethod__, staticmethod(g).__isabstractmethod__, property(g).__isabstractmethod__, property(None, None, g).__isabstractmethod__, property().__isabstractmethod__)
class K:
    @classmethod
    def m(cls): return cls.__name__
    @staticmethod
    def n(): return 'n'
print(K.m(), K().m(), K.n(), K.__dict__['m'].__name__, K.__dict__['n'].__qualname__, K.__dict__['m'].__wrapped__.__qualname__)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print('prepare', type(ns).__name__, ns)
        ns['injected'] = 42
        return ns
class D(metaclass=M):
    x = 1
print(D.injected, type.__prepare__('X', ()), type.__prepare__(), type.__prepare__(1, 2, k=3))
GA = type(list[int])
print(GA(list, int), GA.__new__(GA, dict, (str, int)))
