# A default repr shows the object's address, which is hex(id(obj)) (CPython's
# id is the address): for many objects, of several kinds, all agree.
class C:
    pass

def f():
    pass

objs = []
for i in range(3000):
    objs.append(object() if i % 3 == 0 else C() if i % 3 == 1 else (lambda: i))
objs += [f, C(), object()]
bad = [o for o in objs if not repr(o).endswith(' at %s>' % hex(id(o)))]
print(len(objs), len(bad))
print(all(repr(o).startswith('<') for o in objs))
print(len({id(o) for o in objs}) == len(objs))
print(all(int(repr(o).rsplit(' at ', 1)[1][:-1], 16) == id(o) for o in objs))
