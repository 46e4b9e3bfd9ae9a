from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, repr(OrderedDict()))
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print(od2 == od3, od2 == dict(od3), dict(od2) == od3, od2 != od3)
print(OrderedDict(a=1, b=2), OrderedDict({'k': 'v'}))
print(list(reversed(od2)), od2.copy(), type(od2.copy()).__name__)
print(OrderedDict.fromkeys('abc', 0))
print(od2 | {'z': 0}, isinstance(od2, dict))
od2.update([('w', 5)], q=6)
print(od2, od2.setdefault('x', 9), od2.pop('y'), od2)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od2.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: OrderedDict(1))
show(lambda: OrderedDict([1]))
show(lambda: OrderedDict([(1, 2, 3)]))
show(lambda: OrderedDict(['a']))
show(lambda: OrderedDict({}, {}))
show(lambda: OrderedDict().update({}, {}))
show(lambda: hash(OrderedDict()))
show(lambda: OrderedDict(a=1) | 1)
show(lambda: OrderedDict(a=1).undefined)
show(lambda: (type(OrderedDict()).__name__, OrderedDict.__qualname__, OrderedDict.__module__, OrderedDict))
show(lambda: OrderedDict(a=1).keys() | {'b'})
