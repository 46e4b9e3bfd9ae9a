# array slice assignment: a zero step fails before the value's type is checked, and an empty
# array assigned to an extended slice deletes it
from array import array

for target, value in [(slice(0, 4, 0), [1]), (slice(0, 4, 0), array('i')), (slice(1, None, 2), [5]),
                      (slice(None, None, -2), array('i')), (slice(1, None, 2), array('i', [7, 8])),
                      (slice(1, None, 2), array('h', [7])), (slice(None, None, 3), array('i', [9]))]:
    a = array('i', range(6))
    try:
        a[target] = value
        print(a)
    except Exception as e:
        print(type(e).__name__, e)
