# A class's dictionary as CPython's type_new and PyType_Ready fill it: the namespace,
# the __slots__ members (mangled, sorted), the __dict__ / __weakref__ descriptors
# when the class is the first in its line to have them (per CPython's layouts of
# builtin bases), then __doc__ and __hash__; getset and member descriptors' own
# methods and checks.
class A: pass
class B(A): x = 1
class S:
    __slots__ = ('a',)
class S2(S): pass
class W:
    __slots__ = ('__weakref__',)
class D:
    __slots__ = ('__dict__',)
class L(list): pass
class E(Exception): pass
class I(int): pass
print(list(vars(A)), list(vars(B)), list(vars(S)), list(vars(S2)), list(vars(W)), list(vars(D)), list(vars(L)), list(vars(E)), list(vars(I)))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(A.__dict__['__dict__'].__get__(A()), type(A.__dict__['__weakref__']).__name__)
a = A(); a.q = 1
print(A.__dict__['__dict__'].__get__(a), A.__weakref__.__get__(a))
print(hasattr(A(), '__weakref__'), A().__weakref__)
class Q:
    def __eq__(s, o): return True
class Q2:
    """doc"""
    __slots__ = ('z', 'b', '__dict__', '__p')
    def __eq__(s, o): return True
    def __init_subclass__(cls): pass
    def __class_getitem__(cls, x): pass
    def __new__(cls): return object.__new__(cls)
class Q3(Q2): __slots__ = ()
class Q4(Q2): __slots__ = ('__weakref__',)
class A: pass
class S:
    __slots__ = ('a',)
class X(A, S): pass
class Y(S, A): pass
class Z(A, int): pass
class Z2(int, A): pass
for c in (Q, Q2, Q3, Q4, X, Y, Z, Z2):
    print(c.__name__, list(vars(c)))
for bad in ("class B(A): __slots__ = ('__dict__',)", "class B(int): __slots__ = ('__weakref__',)", "class B: __slots__ = ('__dict__', '__dict__')", "class B(A): __slots__ = ('__weakref__',)"):
    try: exec(bad)
    except TypeError as e: print(e)
    else: print('ok', list(vars(B)))
class S3:
    __slots__=("a",)
g=A.__dict__['__dict__']; w=A.__dict__['__weakref__']; m=S3.__dict__['a']
print(g.__get__(None, A) is g, g.__name__, g.__qualname__, g.__objclass__, m.__name__, m.__qualname__, m.__objclass__)
for f in (lambda: g.__get__(1), lambda: w.__set__(A(), 1), lambda: w.__delete__(A()), lambda: m.__get__(1), lambda: m.__get__(S3()), lambda: g.__set__(A(), 3), lambda: m.__set__(1, 2), lambda: setattr(A(), '__weakref__', 1), lambda: g.__get__(), lambda: g.__get__(None), lambda: int.__dict__['real'].__set__(1, 2)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s=S3(); m.__set__(s, 5); print(m.__get__(s), m.__get__(s, S3)); m.__delete__(s); print(hasattr(s,'a'))
print(repr(int.__dict__['real']), repr(m), repr(type.__dict__['__dict__']))
a = A(); g.__set__(a, {'k': 1}); print(a.k, g.__get__(a, A))
import collections, functools
for b in (object, int, str, bytes, tuple, list, dict, set, frozenset, float, complex, bytearray, type, property,
          classmethod, staticmethod, Exception, KeyError, BaseExceptionGroup, ExceptionGroup, super, enumerate,
          collections.deque, collections.Counter, collections.UserDict, functools.partial):
    C = type('C', (b,), {})
    print(b.__name__, [k for k in vars(C) if k in ('__dict__', '__weakref__')])
