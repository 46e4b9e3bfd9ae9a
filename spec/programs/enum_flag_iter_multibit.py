# iterating a Flag value whose bits include a multi-bit member's unnamed bit yields the cached
# pseudo member for that bit, or None before one was made
from enum import Flag

class C(Flag):
    ALPHA = 1
    A = 5

print(list(C.ALPHA | C.A))
print(C.ALPHA ^ C.A)
print(list(C.ALPHA | C.A))
print(list(C), len(C), C(4), C(5).name)
