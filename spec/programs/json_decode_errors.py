import json
tests = ['{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{1:2}', '', ' ', 'nul', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '"\\ud83d\\ude00"', '[1,2', '{"a":1', '1 2', '\ufeff1', '-', '-Infinity', 'NaN', '1.5e3', '01', '-0', '1.', '.5', '1e', '{"a":1}x', '[\n  1,\n  x]', '"\\', '{"a":', '[', '{', 'tru', '"\t"', '"\\ud800"', '1٣']
for t in tests:
    try:
        print(repr(t), repr(json.loads(t)))
    except json.JSONDecodeError as e:
        print(repr(t), 'JDE', e, e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for o in [float('nan'), [float('inf')], {'a': object()}, {(1,2): 3}, [1, {2: object()}]]:
    try:
        print(json.dumps(o, allow_nan=False))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))
    try:
        print(json.dumps(o, allow_nan=False, indent=2))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))
a = []; a.append(a)
for ind in (None, 1):
    try: json.dumps(a, indent=ind)
    except Exception as e: print(type(e).__name__, e, getattr(e, '__notes__', None))
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
print(json.loads(b'[1]'), json.loads('"\\u00e9"'))
