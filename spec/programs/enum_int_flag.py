import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class N(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
t(lambda: list(N))
class Num(IntEnum):
    ONE = 1
    TWO = 2
t(lambda: (Num.ONE, str(Num.ONE), format(Num.ONE), f'{Num.TWO:03d}', Num.ONE + 1, Num.ONE < Num.TWO, Num.TWO == 2, Num(2), sorted([Num.TWO, Num.ONE]), int(Num.TWO), Num.ONE.real, [1, 2, 3][Num.ONE]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
t(lambda: (Perm.R | Perm.W, str(Perm.R | Perm.W), Perm.R & Perm.W, Perm(0), str(Perm(0)), ~Perm.R, Perm.R in (Perm.R | Perm.W), list(Perm.R | Perm.X), bool(Perm(0)), Perm(7), (Perm.R | Perm.W).name, Perm.R ^ Perm.R, len(Perm.R | Perm.W)))
t(lambda: Perm(8))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: (IP.R | IP.W, str(IP.R | IP.W), IP.R | 8, IP(0), ~IP.R, IP.R + 1, IP(12), format(IP.R), IP.R == 4))
class FA(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
t(lambda: (list(FA), FA.AB, FA.A | FA.B, FA.__members__.keys(), FA(3), FA(7), ~FA.A))
class S(StrEnum):
    X = auto()
    Y = 'why'
t(lambda: (S.X, str(S.X), S.Y + '!', S.X == 'x', format(S.Y)))
t(lambda: Enum('Animal', 'ANT BEE CAT'))
t(lambda: list(Enum('Animal', 'ANT BEE CAT')))
t(lambda: list(Enum('Animal', 'ANT, BEE')))
t(lambda: list(Enum('Animal', [('A', 5), ('B', 7)])))
t(lambda: list(IntEnum('Animal', {'A': 5, 'B': 7})))
