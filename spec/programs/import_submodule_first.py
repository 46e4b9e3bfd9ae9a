# Importing collections.abc first: importing the package imports the
# submodule, which must then not be executed a second time.
import collections.abc
import sys
import collections

print(collections.abc is sys.modules['collections.abc'])
print(issubclass(collections.UserDict, collections.abc.MutableMapping),
      issubclass(collections.OrderedDict, collections.abc.MutableMapping),
      isinstance(collections.UserList(), collections.abc.MutableSequence))
print(collections.UserDict.__mro__[1] is collections.abc.MutableMapping)
from collections.abc import Mapping as M1
import collections.abc as cabc
print(M1 is cabc.Mapping is collections.abc.Mapping)
