# `from M import X` where M's module __getattr__ raises AttributeError for X
# is an ImportError (CPython's IMPORT_FROM); found by mutating corpus programs.
try:
    from typing import ListList
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'ListList' from 'typing' ("))
from typing import List
print(List[int])
