def t(s):
    try:
        eval(s)
        print(s, '-> ok')
    except Exception as e:
        print(s, '->', type(e).__name__, e)
for s in ['sum(iterable=[1])', 'sum([1], 2, start=3)', 'pow(base=2, exp=3)', 'pow(2, exp=3, foo=1)', 'pow(2, base=3)', 'round(number=1.5)', 'round(1.5, nd=1)', 'int(x=1)', 'int("5", base=8)', 'int(base=8)', '[].sort(key=None, reverse=False, x=1)',
          'enumerate([], start=1, x=2)', 'enumerate(iterable=[1])', 'enumerate([], 1, 2)', 'sorted([], key=None, reverse=False, x=1)', 'max(1, 2, key=None, x=1)', '"".split(sep=1, x=1)', 'dict.fromkeys([1], 2, 3)', 'dict.fromkeys(x=1)',
          '(1).to_bytes()', '(1).to_bytes(1, "big", True)', 'int.from_bytes()', '(1).to_bytes(length=1, byteorder="little")', 'divmod(x=1)', 'zip([], strict=1, x=2)', 'map(len, [], x=1)', 'filter(None, [], x=1)', 'iter([], x=1)', 'next(iter([]), x=1)', 'print(1, sep="", end="", flush=True, x=1)',
          'abs(x=1)', 'len(obj=1)', 'list(iterable=[])', 'tuple(iterable=[])', 'set(iterable=[])', 'range(stop=1)', 'reversed(seq=[])', 'bool(x=1)', 'float(x="1")', 'complex(real=1, imag=2)', 'str(object=1)', 'frozenset(iterable=[])', 'slice(stop=1)', 'type(name=1)', 'vars(object=1)', 'dir(object=1)', 'eval(source="1")', 'exec(source="1")', 'compile("1", "f", "eval", x=1)', 'isinstance(obj=1, class_or_tuple=int)', 'getattr(1, "real", default=2)', 'hash(obj=1)', 'id(obj=1)', 'min([], default=1, x=2)', '{}.get(1, default=2)', '{}.pop(1, default=2)', '[].index(1, start=0)', '[].pop(index=0)', '[].insert(index=0, object=1)', 'set().add(elem=1)', 'round(1.5, ndigits=None)', 'format(1, format_spec="")', 'chr(i=65)', 'ord(c="a")', 'callable(obj=1)', 'input(prompt="")', 'hex(number=1)', 'any(iterable=[])', 'sum([], start=[])',
          ]:
    t(s)
