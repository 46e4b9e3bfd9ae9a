# auto() after a value smaller than an earlier one: 3.12 takes the largest value + 1;
# after unsortable or non-incrementable values, the latest value that takes + 1
from enum import Enum, auto

class A(Enum):
    RED = auto()
    ZED = auto()
    B = 0
    GREEN = auto()

class B(int, Enum):
    BLUE = auto()
    X = 6
    A = auto()
    C = 4
    D = auto()

class C(Enum):
    ALPHA = auto()
    RED = [1, 2]
    BLUE = auto()

class D(str, Enum):
    ALPHA = 'alpha0'
    X = 80
    BLUE = auto()

class E(Enum):
    X = 'a'
    Y = auto()

for cls in (A, B, C, D, E):
    print([(m.name, m.value) for m in cls])
