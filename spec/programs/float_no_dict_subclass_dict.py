# Floats have no __dict__ (their dict and serial live on the JS prototype); a float subclass's instances do, and id() works on both.
class F(float):
    pass


f = F(1.5)
f.attr = 3
print(f, f.attr, f.__dict__, vars(f), f + 1.0, type(f + 1.0).__name__)
x = 2.5
y = x * 2
print(id(x) == id(x), x is x, id(x) != id(y), id(f) != id(x))
for target in (x, y, 0.1 + 0.2):
    try:
        target.attr = 1
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        print(target.__dict__)
    except AttributeError as e:
        print('AttributeError:', e)
print(hasattr(1.5, '__dict__'), hasattr(f, '__dict__'))
g = F(2.0)
print(g.__dict__, f.__dict__, g == 2.0)
ids = {id(v) for v in (x, y, f, g)}
print(len(ids))
# Other builtin subclasses made by their type's __new__ have an (empty) __dict__ too.
class I(int):
    pass


class S(str):
    pass


class T(tuple):
    pass


for v in (I(3), S('a'), T((1,)), F(0.5)):
    print(type(v).__name__, v.__dict__, vars(v))
    v.__dict__ = {'k': 1}
    print(v.k, v.__dict__)
