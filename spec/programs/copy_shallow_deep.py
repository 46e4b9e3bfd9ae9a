import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(100)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2, d2 is t2, d2[1] is t2[1])
s = {1, 2, 3}
fs = frozenset([1, 2])
print(copy.copy(s), copy.copy(s) is s, copy.copy(fs) is fs, copy.deepcopy(s), copy.deepcopy(fs))
d = {'a': [1], 'b': (2, [3])}
dc = copy.deepcopy(d)
d['b'][1].append(4)
print(d, dc)
print(copy.copy(5), copy.copy('s'), copy.copy(None), copy.deepcopy(3.5), copy.copy(len) is len)

rec = [1, 2]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc, rc[2] is rc, rc is rec)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f'Node({self.val}, {self.children})'

root = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(root)
deep = copy.deepcopy(root)
root.children[0].val = 20
root.val = 10
print(root, shallow, deep, sep='\n')
print(shallow.children is root.children, deep.children is root.children, type(deep).__name__)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return WithCopy(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return WithCopy(self.v + 100)

w = WithCopy(1)
print(copy.copy(w).v, copy.deepcopy(w).v, copy.deepcopy([w, w])[0].v)

class State:
    def __init__(self):
        self.x = 1
        self.cache = 'big'
    def __getstate__(self):
        print('getstate')
        return {'x': self.x}
    def __setstate__(self, st):
        print('setstate', st)
        self.__dict__.update(st)
        self.cache = None

st = copy.deepcopy(State())
print(st.x, st.cache)

class MyList(list):
    pass

ml = MyList([1, [2]])
ml.tag = 'T'
mlc = copy.copy(ml)
mld = copy.deepcopy(ml)
ml[1].append(3)
print(type(mlc).__name__, mlc, mlc.tag, type(mld).__name__, mld, mld.tag)

class MyDict(dict):
    pass

md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)

class Empty:
    pass

e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)

class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = copy.deepcopy(Point(1, [2]))
print(p.x, p.y)

class Red:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        print('reduce')
        return (Red, (self.a * 2,))

print(copy.copy(Red(4)).a, copy.deepcopy(Red(5)).a)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo, len(memo))
def gen():
    yield 1
try:
    copy.deepcopy(gen())
except TypeError as e:
    print('TypeError', e)
print(copy.Error.__name__, issubclass(copy.error, Exception))
