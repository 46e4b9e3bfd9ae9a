import math
import collections as col
_private = 1
__dunder = 2
value = math.sqrt(16)
Cls = col.OrderedDict
print(value)
