from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm, cm['user'], cm['color'], len(cm), sorted(cm), 'color' in cm, cm.get('nope', 0))
print(list(cm.keys()), list(cm.items()), list(cm.values()))
cm['new'] = 1
print(args, cm.maps)
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents, child.maps[0])
del cm['new']
print(cm, dict(cm), bool(ChainMap()), bool(cm), ChainMap())
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('user'), cm, cm.copy())
print(ChainMap.fromkeys('ab', 0), cm == {'color': 'red', 'user': 'guest'})
