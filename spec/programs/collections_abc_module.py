# As in CPython, the ABCs live in _collections_abc (which names itself
# collections.abc) and collections.abc re-exports them (that `import
# collections` alone leaves collections.abc unbound: spec/cli/collections_abc_unbound.py).
import collections
import _collections_abc
print(_collections_abc.__name__, _collections_abc.Sequence.__module__, collections._collections_abc is _collections_abc)
import collections.abc
print(hasattr(collections, 'abc'), collections.abc.__name__, collections.abc.Mapping is _collections_abc.Mapping)
print(collections.abc.__all__ == _collections_abc.__all__, collections.abc._CallableGenericAlias is _collections_abc._CallableGenericAlias)
print(repr(collections.abc.Callable[[int], str]))
print('abc' in vars(collections), '_collections_abc' in vars(collections), '_abc' in vars(collections))
