def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
def uses_next():
    it = iter([])
    yield next(it)
try:
    next(uses_next())
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(x for x in [1, 2] if x))
def g():
    yield 1
gen = g()
print(next(gen, "d"), next(gen, "d"), next(gen, "d"))
def running():
    yield gen2.gi_running
gen2 = running()
print(next(gen2), gen2.gi_running)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
