# Multiplying a sequence by a non-int names the other operand's type.
for make in (lambda: 'a' * 'b', lambda: [1] * 1.5, lambda: 2.5 * (1,), lambda: None * 'x', lambda: b'x' * 2.0):
    try:
        make()
    except TypeError as e:
        print(e)
x = [1]
try:
    x *= 'a'
except TypeError as e:
    print(e)
import re
m = re.match('a', 'a')
try:
    m.nope
except AttributeError as e:
    print(e)
import sys
try:
    sys.stdout.nope
except AttributeError as e:
    print(e)
