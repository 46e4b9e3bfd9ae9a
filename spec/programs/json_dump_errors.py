import json
a = []
a.append(a)
d = {}
d['self'] = d
tests = [
    lambda: json.dumps(object()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(a), lambda: json.dumps(d),
    lambda: json.dumps(d, indent=2), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({float('inf'): 1}, allow_nan=False),
    lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True), lambda: json.dumps({'s': {1}}), lambda: json.dumps([1, b'x'], indent=1),
    lambda: json.dumps(1, foo=2), lambda: json.dumps(complex(1, 2)), lambda: json.dumps({frozenset(): 1}),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
json.dumps({'when': object()})
