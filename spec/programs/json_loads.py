import json
doc = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n\\ud83d\\ude00"}, "n": 123456789012345678901234567890, "f": 1E400, "g": -0.0}'
x = json.loads(doc)
print(x, type(x['n']))
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('"s"'), json.loads('3'), json.loads(' -7 '), json.loads('NaN'), json.loads('[Infinity, -Infinity]'))
print(json.loads(b'{"k": "v"}'), json.loads(bytearray(b'[1]')), json.loads('\ufeff1'.encode('utf-8')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.10, 2, 3e1]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads('"a\tb"', strict=False), json.loads('"\\/\\b\\f\\r\\"\\\\"'))
dec = json.JSONDecoder()
print(dec.decode('[1, {"z": null}]'), dec.raw_decode('{"a": 1} tail'), dec.raw_decode('xx[2]', 2))
s = json.dumps({'k': [1, 2, {'q': 'é'}]}, indent=2)
print(json.loads(s) == {'k': [1, 2, {'q': 'é'}]})
try:
    json.loads('{"a": [1, 2,, 3]}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.msg, e.pos, e.lineno, e.colno, e.args)
e = json.JSONDecodeError('Boom', 'ab\ncd\nef', 7)
print(e, e.lineno, e.colno, json.decoder.JSONDecodeError is json.JSONDecodeError, json.JSONDecodeError)
json.loads('{\n  "a": 1,\n  "b": tru\n}')
