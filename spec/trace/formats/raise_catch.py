def check(n):
    if n < 0:
        raise ValueError('negative: ' + str(n))
    return n * 2

results = {}
for k in (3, -1):
    try:
        results[k] = check(k)
    except ValueError as e:
        results[k] = str(e)
del k
print(results)
