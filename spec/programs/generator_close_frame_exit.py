# CPython frees a returning function's variables in order; the suspended
# generators among them (or held only by them) are closed then, in
# deallocation order: a list's items last first, a dict's in order.
def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print('closed', tag)

def one():
    g = gen('local')
    print('got', next(g))
    return 'one'

print(one())

def several():
    a = gen('a')
    b = gen('b')
    next(b)
    next(a)
    return 'several'

print(several())

def in_list():
    gens = [gen(i) for i in range(4)]
    for g in gens:
        next(g)
    return 'list'

print(in_list())

def in_dict():
    d = {k: gen(k) for k in 'xyz'}
    for g in d.values():
        next(g)
    return 'dict'

print(in_dict())

kept = []
def escapes():
    g = gen('kept')
    next(g)
    kept.append(g)
    return 'escapes'

print(escapes())

def returned():
    g = gen('returned')
    next(g)
    return g

r = returned()
print('still open', next(r))

class Box:
    def __init__(self, tag):
        self.g = gen(tag)
        next(self.g)

def in_instance():
    box = Box('instance')
    return 'instance'

print(in_instance())

def nested(tag):
    inner = gen(tag + '-inner')
    next(inner)
    yield tag
    yield tag

def outer():
    n = nested('outer')
    next(n)
    return 'outer'

print(outer())
kept[0].close()
r.close()
print('end')
