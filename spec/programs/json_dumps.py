import json
data = {'name': 'Ann', 'age': 31, 'tags': ['a', 'b'], 'nested': {'x': 1.5, 'y': None, 'z': [True, False]}, 'empty': [], 'e2': {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=3, separators=(', ', ' = ')))
print(json.dumps([1, 2.5, -0.0, 1e16, 1e-7, 10**30, 0.1 + 0.2, float('nan'), float('inf'), -float('inf')]))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e', -3: 'f'}))
print(json.dumps('héllo \U0001F600 "q" \\ \n\t\x00\x1f\x7f'), json.dumps('héllo \U0001F600 \x00\x7f', ensure_ascii=False))
print(json.dumps((1, (2, 3))), json.dumps(None), json.dumps(True), json.dumps('x'), json.dumps(7))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True))
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps([object], default=lambda o: o.__name__))

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

class MyStr(str):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), {MyStr('k'): MyInt(1)}]))
print(json.dumps([[]] * 2, indent=1), json.dumps([{}], indent=1))
