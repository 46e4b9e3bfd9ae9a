# array indexes beyond a C ssize_t: IndexError for subscripts, OverflowError for insert/pop
from array import array

a = array('i', [1, 2, 3])
for op in ['a[10**20]', 'a[-10**20]', 'a.pop(10**20)', 'a.insert(-10**20, 5)', 'a.insert(2**63, 5)',
           'a.index(1, 10**20)', 'a[10**20:10**21]', 'a * 10**20', 'a.pop(2**63 - 1)']:
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, type(e).__name__, e)
try:
    a[2**64] = 1
except IndexError as e:
    print(e)
