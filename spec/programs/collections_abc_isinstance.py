from collections import abc, deque, Counter, OrderedDict, defaultdict, namedtuple
import collections.abc

values = [[1], (1,), 'ab', {1: 2}, {1}, frozenset(), range(3), 5, 2.5, None, iter([1]), (x for x in []),
          len, deque(), Counter(), OrderedDict(), b'x', lambda: 0]
abcs = [abc.Iterable, abc.Iterator, abc.Sequence, abc.MutableSequence, abc.Mapping, abc.MutableMapping,
        abc.Hashable, abc.Callable, abc.Sized, abc.Container, abc.Set, abc.MutableSet, abc.Generator,
        abc.Reversible, abc.Collection, abc.KeysView, abc.ItemsView, abc.ValuesView]
for v in values:
    print(type(v).__name__, ''.join('1' if isinstance(v, a) else '0' for a in abcs))
views = [{}.keys(), {}.items(), {}.values()]
print([[isinstance(v, a) for a in (abc.KeysView, abc.ItemsView, abc.ValuesView, abc.Set, abc.Sized)] for v in views])
print(issubclass(list, abc.Sequence), issubclass(dict, collections.abc.Mapping), issubclass(int, abc.Iterable))
print(abc.Iterable, type(abc.Iterable).__name__, abc.Mapping.__module__)

class MyIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

class NoHash:
    __hash__ = None

print(isinstance(MyIter(), abc.Iterator), isinstance(MyIter(), abc.Iterable), isinstance(NoHash(), abc.Hashable))
print(isinstance(namedtuple('T', 'a')(1), abc.Sequence), isinstance(defaultdict(int), abc.MutableMapping))

def flatten(items, out):
    for x in items:
        if isinstance(x, abc.Iterable) and not isinstance(x, (str, bytes)):
            flatten(x, out)
        else:
            out.append(x)
    return out

print(flatten([1, [2, (3, 'ab')], [[4]], range(5, 7)], []))
