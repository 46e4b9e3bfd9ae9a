# dir() and vars() of builtin values and of object: object has no __dict__ (the
# types whose instances have one carry it), has __reduce__ and __getstate__
# (CPython's state: the instance dict or None, with set __slots__ values;
# __slotnames__ cached on the class), and lists its dictionary in CPython's order.
print(dir(5))
print(dir('a'))
print(dir([]))
print(dir({}))
class A: pass
print(dir(A()))
print(dir(A))
def f(): pass
print(dir(f))
print(dir(None))
class A: pass
a = A(); print(a.__getstate__()); a.x = 1; print(a.__getstate__() is a.__dict__)
class S:
    __slots__ = ('p', '__q')
s = S(); print(s.__getstate__()); s._S__q = 2; print(s.__getstate__())
class SD(S):
    __slots__ = ('__dict__', 'r')
t = SD(); t.r = 1; t.p = 0; t.z = 5; print(t.__getstate__())
print((5).__getstate__(), [].__getstate__(), 'a'.__getstate__())
print(list(vars(A)), A.__slotnames__, list(vars(S)), S.__slotnames__, SD.__slotnames__)
try: object.__getstate__(1, 2)
except TypeError as e: print(e)
class B:
    def g(self): pass
b = B(); B.g.attr = 3; print(b.g.__dict__)
for f in (lambda: object().__dict__, lambda: vars(5), lambda: (5).__dict__, lambda: setattr(object(), 'x', 1)):
    try: print(f())
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
e = ValueError('x'); e.note = 1; print(e.__dict__, vars(e))
def fn(): pass
fn.k = 2; print(fn.__dict__, fn.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(fn.__builtins__).__name__)
import sys; print(type(sys.__dict__).__name__, 'modules' in vars(sys))
print(list(vars(object)))
print(dir(object()), dir(5) == sorted(dir(5)), len(dir(5)))
print(object.__reduce__ is not None, '__reduce__' in dir(A()))
