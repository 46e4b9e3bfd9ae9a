from functools import singledispatch

@singledispatch
def describe(arg):
    return f'object {arg!r}'

@describe.register
def _(arg: int):
    return f'int {arg}'

@describe.register(list)
def _(arg):
    return f'list of {len(arg)}'

@describe.register(str)
@describe.register(tuple)
def _(arg):
    return f'text {len(arg)}'

class Animal:
    pass

class Dog(Animal):
    pass

@describe.register
def _(arg: Animal):
    return 'an animal'

print(describe(1), describe(True), describe([1, 2]), describe('s'), describe((1, 2)), describe(2.5), describe(Dog()))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry))
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe.register(5)
except TypeError as e:
    print(e)
