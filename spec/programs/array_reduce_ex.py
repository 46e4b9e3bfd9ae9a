# array.__reduce_ex__: (cls, (typecode, list)) below protocol 3, the machine-format form from 3 on
from array import array
import array as m

print(array('i', [1, 2]).__reduce_ex__(2))
for tc in m.typecodes:
    f, args, state = array(tc, 'ab' if tc == 'u' else [1, 2]).__reduce_ex__(3)
    print(tc, args, state, f(*args))
try:
    array('b').__reduce__()
except TypeError as e:
    print(e)
