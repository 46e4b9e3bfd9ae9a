# As in python3, `import collections` does not bind collections.abc (nor does
# random, which takes Sequence from _collections_abc): only importing the
# submodule does. (Run as a file, not by the oracle, whose own imports load
# collections.abc first.)
import sys
import random
import collections
print(hasattr(collections, 'abc'), 'collections.abc' in sys.modules)
try:
    collections.abc.Iterable
except AttributeError as e:
    print(e)
import collections.abc
print(hasattr(collections, 'abc'), collections.abc.Iterable.__module__)
