# sys.modules holds the loaded modules, __main__ included.
import sys
import math
print(sys.modules['__main__'].__name__, sys.modules['math'] is math, 'sys' in sys.modules, 'builtins' in sys.modules)
import collections
print(sys.modules['collections'] is collections, sys.modules[__name__] is sys.modules['__main__'])
print('nonexistent_module_xyz' in sys.modules)
