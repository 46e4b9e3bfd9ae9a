def g():
    yield 1

it = g()
try:
    it.throw(ValueError('x'))
except ValueError as e:
    print('raised', e)
fresh = g()
fresh.close()
print(list(fresh))
