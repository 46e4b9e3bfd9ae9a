# a Flag member whose value is not an int fails while the flag mask is built
from enum import Flag, auto

class F(Flag):
    A = 1
    B = 'x'
