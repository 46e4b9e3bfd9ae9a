import types
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(a=1, b=2), ns != types.SimpleNamespace(a=1))
ns.c = [ns]
print(ns)
class S(types.SimpleNamespace): pass
print(S(x=1), S(x=1) == types.SimpleNamespace(x=1))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
try: types.SimpleNamespace(**{1:2})
except TypeError as e: print(e)
print(types.SimpleNamespace.__module__, type(ns).__name__, vars(ns).keys())
del ns.c
print(ns, types.FunctionType, types.LambdaType is types.FunctionType, types.GeneratorType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.NoneType, types.MappingProxyType, types.CodeType, types.CellType, types.CoroutineType, types.AsyncGeneratorType, types.BuiltinMethodType, types.EllipsisType, types.NotImplementedType, types.FrameType, types.GenericAlias, types.UnionType)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), isinstance((x for x in []), types.GeneratorType))
m = types.ModuleType('m', 'doc'); print(m, m.__doc__, m.__name__)
mp = types.MappingProxyType({'a': 1}); print(mp, mp['a'])
print(types.new_class('X', (object,)), types.resolve_bases((int,)))
try: ns.zz
except AttributeError as e: print(e)
try: hash(ns)
except TypeError as e: print(e)
def f(): return 1
print(types.FunctionType(f.__code__, {})())
print(isinstance(f, types.FunctionType), isinstance(print, types.BuiltinMethodType), type([].append) is types.BuiltinMethodType)
for args in [(1, {}), (f.__code__, 1), (f.__code__, {}, 5)]:
    try: types.FunctionType(*args)
    except TypeError as e: print(e)
g = types.FunctionType(f.__code__, {}, 'g'); print(g.__name__, g.__qualname__)
def mk():
    x = 5
    def inner(): return x
    return inner
i = mk()
print(types.FunctionType(i.__code__, globals(), 'h', None, i.__closure__)())
def d(a, b=2): return a + b
print(types.FunctionType(d.__code__, globals(), 'd2', (7,))(1))
