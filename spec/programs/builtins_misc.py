def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(abs(-5), abs(-2**70), abs(-2.5), abs(True), abs(3+4j), abs(-0.0), all([]), all([1, 0]), any([]), any([0, '', 2]), all(x > 0 for x in [1, 2]))
print(ascii('héllo ☃ \U0001f600'), ascii([1, 'é']), ascii('plain'), repr('é'), bin(10), oct(8), hex(255), bin(-0), hex(-1))
print(bool(), bool(0), bool([]), bool([0]), bool(0.0), bool(0j), bool(None), bool('0'), callable(len), callable(1), callable(int), callable(lambda: 0))
class C:
    def __call__(self): pass
class D:
    def method(self): pass
print(callable(C()), callable(D()), callable(D().method), callable(D))
print(chr(65), chr(0x1f600), chr(0), ord('A'), ord('\U0001f600'), ord('é'), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**70, 7))
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)), list(enumerate([], 3)), list(enumerate('ab', 2**70)))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')))
print(format(3.14159, '.2f'), format(42), format('x', '>5'), format(1234, ','), format(True), format(None), format([1], ''), format(0.5, '%'))
t(lambda: format([1], 'x'))
t(lambda: format(object(), 'd'))
class G:
    x = 1
g = G()
setattr(g, 'y', 2)
print(getattr(g, 'x'), getattr(g, 'y'), getattr(g, 'z', 'dflt'), hasattr(g, 'x'), hasattr(g, 'zz'), g.y)
delattr(g, 'y')
print(hasattr(g, 'y'))
t(lambda: getattr(g, 'nope'))
t(lambda: delattr(g, 'nope'))
t(lambda: setattr(1, 'x', 2))
t(lambda: getattr(g, 1))
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')), hash(None) == hash(None), type(hash(2**100)))
print(id(g) == id(g), id(1) == id(1), id(g) != id(G()), isinstance(id(g), int))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (float, int))), isinstance('a', str), isinstance(g, G), isinstance(G, type), isinstance(1, object))
print(issubclass(bool, int), issubclass(int, (str, int)), issubclass(G, object), issubclass(type, object), issubclass(int, bool))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (str, 1)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, (str, 1)))
