import json
import sys

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), {'p': Point(3, 4)}], cls=PointEncoder))
print(PointEncoder(indent=1).encode({'p': Point(0, 0)}))
print(list(json.JSONEncoder().iterencode({'a': [1, 'x']})))
print(list(json.JSONEncoder(indent=2).iterencode([1, {'b': None}])))
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'b': [1, 2], 'a': 'é'}), enc.item_separator, enc.key_separator, json.JSONEncoder.item_separator)
try:
    json.dumps({'s': set()}, cls=PointEncoder)
except TypeError as e:
    print(e)

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 2}}', cls=Dec))

class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

w = Writer()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w)
print(w.parts)
w = Writer()
json.dump([1, [2, [3]]], w, indent=2)
print(w.parts)
json.dump({'out': [1, 2.0]}, sys.stdout, indent=1)
print()
json.dump('text', sys.stdout)
print()
