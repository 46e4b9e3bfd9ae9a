import json

class D(dict):
    def items(self):
        return [('z', 1), ('a', 2)]

class L(list):
    def __iter__(self):
        return iter([9, 9])

class K(int):
    pass

class F(float):
    pass

class S(str):
    pass

values = [D(x=1), L([1, 2]), {K(3): F(1.5), S('s'): S('v')}, {'b': [1, {'c': ()}], 'a': None},
          [1, [2, [3, []]], {}], {2.5: 'f', False: 0}, ('t', 'u')]
for v in values:
    for opts in ({}, {'indent': 1}, {'sort_keys': True}, {'indent': 2, 'sort_keys': True, 'separators': (';', '=')}):
        try:
            print(json.dumps(v, **opts))
        except Exception as e:
            print(type(e).__name__, e)
print(json.dumps({'s': {3, 1}}, default=sorted, indent=1))
print(json.dumps([{(1,): 2, 'k': 1}], skipkeys=True), json.dumps({float('nan'): 1}))
for bad in [lambda: json.dumps({float('nan'): 1}, allow_nan=False), lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True),
            lambda: json.dumps([1], indent=1.5), lambda: json.dumps([1], separators=(1, 2)),
            lambda: json.dumps(object(), default=lambda o: o), lambda: json.dumps({'k': [object()]}, indent=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a = [1]
a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError')
b = [1, 2]
print(json.dumps([b, b, {'x': b}]))
