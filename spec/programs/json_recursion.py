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
try:
    json.dumps(x, indent=1)
except RecursionError as e:
    print('RecursionError', e)
