import json
from collections import OrderedDict
for t in [lambda: json.loads('1' * 5000), lambda: json.dumps(10 ** 5000), lambda: json.loads('[' * 50 + ']' * 50),
          lambda: json.dumps(OrderedDict([('b', 1), ('a', 2)])), lambda: json.loads('{"a": 1}', object_pairs_hook=OrderedDict),
          lambda: json.loads('1.0000000000000001e400'), lambda: json.loads('-0.0'), lambda: json.loads('1E-400'),
          lambda: json.loads('"\\uD83D\\uDE00x"'), lambda: json.loads('"\\ud83dx"'), lambda: json.loads('"\\ud83d\\u0041"'),
          lambda: json.loads('"\\ud83d\\uzzzz"'), lambda: json.loads('"\\u12zz"'), lambda: json.loads('["\\ud83d\\ude00"]'),
          lambda: json.dumps({'a': 1}, indent=-1), lambda: json.dumps([1], indent=None, separators=(';', '=')),
          lambda: json.loads('[1]', strict=False, foo=1), lambda: json.dumps([], cls=None, indent=2),
          lambda: json.loads('\x0b1'), lambda: json.loads('1\x0c'), lambda: json.loads(' \r\n\t[1] ')]:
    try:
        r = t()
        print(repr(r)[:80])
    except Exception as e:
        print(type(e).__name__, str(e)[:120])
