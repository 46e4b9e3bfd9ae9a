def f(a, b): pass
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**5)
except TypeError as e:
    print(e)
try:
    print(**{"sep": 1}, **{"sep": 2})
except TypeError as e:
    print(e)
class A:
    def m(self, **k): pass
try:
    A().m(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
def kwf(**k):
    return k
try:
    kwf(**{1: 2})
except TypeError as e:
    print(e)
