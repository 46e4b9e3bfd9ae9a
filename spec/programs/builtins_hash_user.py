class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for v in [0, -1, 2**61 - 1, 2**61, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**100, True]:
    print(v, hash(H(v)))
class T(tuple):
    pass
print(hash(T((1, 2))) == hash((1, 2)), hash(T()) == hash(()))
class S(str):
    pass
class I(int):
    pass
print(hash(S('ab')) == hash('ab'), hash(I(5)), hash(I(-1)), {S('a'): 1}[S('a')], {I(3): 'x'}[3])
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, o): return True
try:
    {EqOnly()}
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
a = [5, 1, 5, 2, 5]
print(a.index(5, 1), a.index(5, -2), a.index(5, 1, 3), a.index(1, -100, 100), a.index(5, 2**70 * -1))
try:
    a.index(5, 3, 4)
except ValueError as e:
    print(e)
print(list.__init__ is not None, [1, 2, 3].__reversed__().__next__(), [].__class__.__name__)
