def t(s):
    try:
        eval(s)
        print(s, '-> ok')
    except Exception as e:
        print(s, '->', type(e).__name__, e)
for s in ['[].insert(1)', '[].pop(1,2)', '[].index()', '[].index(1,2,3,4)', '[].sort(1)', '[].sort(key=1, foo=2)', '[].reverse(1)', '[].clear(1)', '[].extend()', '[].remove()',
          '{}.get()', '{}.get(1,2,3)', '{}.pop()', '{}.setdefault()', '{}.popitem(1)', '{}.keys(1)', '{}.update(1,2)', '{}.copy(1)', 'dict.fromkeys()', 'dict(1,2)', '{}.update(1)', '{}.update([1])', '{}.update([(1,2,3)])', 'dict([[1]])',
          'set().add()', 'set().add(1,2)', 'set().remove()', 'set().discard()', 'set().pop(1)', 'set().update(1)', 'set().union(1)', 'set().issubset()', 'set().isdisjoint(1)', 'set(1)', 'set(1,2)', 'frozenset(1,2)', 'set().symmetric_difference()', 'set().copy(1)', 'set().clear(1)', 'set().difference_update(1)', 'set().intersection(1)', 'set().__and__(1)',
          '().index()', '().count()', 'range(1).index()', 'range(1).count()', 'range()', 'range(1,2,3,4)', 'range(1.5)', 'range("a")', 'range(0,1,0)', 'len(range(2**64))', 'range(2**64)[2**64-1]', 'range(10)[10]', 'range(10)["a"]', 'range(3).index(5)', 'range(x=1)',
          'len()', 'len(1,2)', 'len(1)', 'abs()', 'abs("a")', 'max()', 'min()', 'max(1)', 'max([])', 'min([], default=5)', 'max(1,2,default=3)', 'max([1], key=1)', 'max([1], foo=1)', 'sorted()', 'sorted(1,2)', 'sum()', 'sum(1)', 'sum([], 1, 2)', 'sum(["a"], "")', 'sum([[1]], [])', 'sum([b"a"], b"")', 'sum([1], start=2)',
          'divmod(1)', 'divmod("a", 1)', 'pow(1)', 'pow(1,2,3,4)', 'pow(2, -1, 5)', 'pow(2, -1, 4)', 'pow(2.0, 2, 5)', 'pow(2, 2, 0)', 'pow(2, 2, 5.0)', 'pow(0, -1)', 'pow(-2, 0.5)', 'round()', 'round("a")', 'round(1.5, "a")', 'round(1, 2, 3)',
          'chr(-1)', 'chr(0x110000)', 'chr("a")', 'chr(2**64)', 'ord("")', 'ord("ab")', 'ord(1)', 'bin()', 'hex(1.5)', 'oct("a")', 'format()', 'format(1, 2)', 'format(1, "zz")', 'format("a", "d")', 'format([], "x")', 'ascii()', 'repr()', 'hash([])', 'hash({})', 'id()', 'callable()',
          'iter()', 'iter(1)', 'iter(1, 2)', 'next()', 'next(1)', 'next(iter([]))', 'enumerate()', 'enumerate(1)', 'enumerate([], 1.5)', 'enumerate([], start="a")', 'zip(1)', 'zip([], 1)', 'map()', 'map(len)', 'map(len, 1)', 'filter()', 'filter(len)', 'filter(None, 1)', 'reversed()', 'reversed(1)', 'reversed({})', 'reversed(set())', 'reversed(iter([]))',
          'isinstance()', 'isinstance(1, 1)', 'isinstance(1, (int, 1))', 'issubclass(1, int)', 'issubclass(int, 1)', 'getattr()', 'getattr(1)', 'getattr(1, 2)', 'getattr(1, "x")', 'setattr(1, "x", 2)', 'delattr(1, "x")', 'hasattr(1)', 'vars(1)', 'dir(1, 2)',
          'list(1)', 'tuple(1)', 'dict(1)', 'bool(1, 2)', 'bool(x=1)', 'float(x=1)', 'float(1, 2)', 'str(1, 2, 3, 4)', 'int(1, 2, 3)', 'int("1", 2, base=3)', 'type()', 'type(1, 2)', 'type("A", 1, {})', 'type("A", (), 1)', 'type(1, (), {})', 'object(1)', 'print(sep=1)', 'print(end=1)', 'print(foo=1)', 'print(file=1)',
          'input(1, 2)', 'eval()', 'eval(1)', 'eval("1", 1)', 'exec()', 'exec(1)', 'eval("x = 1")', 'exec("1 +")', 'globals(1)', 'locals(1)', 'slice()', 'complex("1", 2)', 'complex([])',
          ]:
    t(s)
