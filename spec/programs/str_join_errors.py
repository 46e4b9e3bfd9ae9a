print(','.join(['a', 'b']))
print('-'.join('xyz'))
print(''.join(x for x in 'ab'))
print(', '.join({'k': 1, 'j': 2}))
for arg in [5, ['a', 1], [None]]:
    try:
        ','.join(arg)
    except TypeError as e:
        print(e)
try:
    ','.join()
except TypeError as e:
    print(e)
','.join(['x'], ['y'])
