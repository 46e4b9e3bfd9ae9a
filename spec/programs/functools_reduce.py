from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, ch: ch + acc, 'abc', ''), reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [], 'init'))
print(reduce(lambda a, b: a + [b], 'xy', []), reduce(lambda a, b: a + b, [[1], [2, 3]]), reduce(pow, [2], 7))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: reduce(lambda a, b: a + b, []))
show(lambda: reduce(lambda a, b: a + b))
show(lambda: reduce(lambda a, b: a + b, 5))
show(lambda: reduce(lambda a, b: a + b, [1], 2, 3))
show(lambda: reduce(lambda a, b: a + b, [1], initial=3))
show(lambda: reduce(lambda a, b: a + b, [1, 'x']))
show(lambda: reduce(1, [1, 2]))
