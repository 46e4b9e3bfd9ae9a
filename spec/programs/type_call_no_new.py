# Builtin types CPython gives no tp_new (iterators, generators, views, builtin
# functions and method descriptors): calling the type is a TypeError naming it.
def gen():
    yield 1


class Seq:
    def __getitem__(self, i):
        raise IndexError


samples = [
    iter([]), iter(()), iter(range(3)), iter(range(2 ** 70)), iter({}), iter({}.values()), iter({}.items()),
    reversed({}), iter(set()), iter(''), iter('é'), reversed([]), iter(lambda: 0, 1), iter(Seq()),
    gen(), {}.keys(), {}.values(), {}.items(), len, str.upper,
]
for obj in samples:
    try:
        type(obj)()
    except TypeError as e:
        print(type(obj).__name__, e)
    else:
        print(type(obj).__name__, 'created')
try:
    type(iter([]))([1])
except TypeError as e:
    print(e)
