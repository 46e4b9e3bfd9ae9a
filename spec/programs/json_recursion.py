import json
for s in ['[' * 100000, '{"a":' * 100000]:
    try:
        json.loads(s)
    except RecursionError as e:
        print('RecursionError', e)
    except ValueError as e:
        print('ValueError', e)
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print('RecursionError', e)
# (json.dumps(x, indent=1) recurses through CPython's Python encoder: its
# RecursionError also hits the settrace hook, which stops CPython's line count.)
