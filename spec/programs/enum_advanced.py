import enum, copy
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Coord(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
t(lambda: (Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value))
class Weekday(Enum):
    _ignore_ = ['i']
    MON = 1
    TUE = 2
    for i in range(3):
        pass
    def __str__(self):
        return self.name.title()
    @property
    def is_first(self):
        return self is Weekday.MON
t(lambda: (str(Weekday.MON), f'{Weekday.TUE}', Weekday.MON.is_first, list(Weekday), repr(Weekday.TUE)))
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
t(lambda: ({200: 'a'}[Status.OK], Status.OK == 200, Status(404), Status.OK + 0, max(Status), sorted(Status, reverse=True), Status.OK.bit_length(), hex(Status.NOT_FOUND), '%d %s %r' % (Status.OK, Status.OK, Status.OK)))
t(lambda: (copy.copy(Status.OK) is Status.OK, copy.deepcopy(Weekday.MON) is Weekday.MON))
def match(c):
    match c:
        case Weekday.MON:
            return 'monday'
        case Weekday.TUE:
            return 'tuesday'
t(lambda: (match(Weekday.MON), match(Weekday.TUE)))
class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()
t(lambda: (list(Opt), Opt.A | Opt.C, Opt(5), Opt.A in Opt(3), Opt(0) | Opt.B, Opt.A & 3, 3 & Opt.A, Opt.A | 2, 2 | Opt.A, bool(Opt(0)), list(Opt(7)), ~Opt(7), Opt(16)))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
t(lambda: (Color.WHITE, list(Color), ~Color.RED, Color.RED | Color.GREEN | Color.BLUE, Color(0), list(Color.WHITE), Color.RED in Color.WHITE, len(Color.WHITE), Color.WHITE.name))
t(lambda: 1 in Color.RED)
t(lambda: Color.RED | 1)
t(lambda: Color('x'))
class E(Enum):
    A = 1
    B = enum.nonmember(2)
    C = enum.member(3)
t(lambda: (list(E), E.B))
class Sz(StrEnum):
    SMALL = 's'
    LARGE = 'l'
t(lambda: (Sz.SMALL.upper(), Sz('l'), 's' in Sz, Sz.SMALL == 's', sorted(Sz), ','.join(Sz), Sz.LARGE.value))
def bad():
    class B(StrEnum):
        X = 1
t(bad)
def bad2():
    class B(Enum):
        _x_ = 1
t(bad2)
t(lambda: Enum('E2', 'a b').a)
t(lambda: Enum('E3', 'x y', start=10).y)
t(lambda: [e.value for e in Flag('F2', 'P Q R')])
t(lambda: Weekday.MON.__class__.__name__)
t(lambda: hash(Weekday.MON) == hash('MON'))
t(lambda: Weekday['WED'])
t(lambda: Weekday.WED)
t(lambda: isinstance(Status.OK, int))
t(lambda: Status.OK.name + Status.OK.name)
t(lambda: enum.unique(Status))
t(lambda: [m for m in Status.__members__.values()])
t(lambda: Status._member_names_)
class Animal(Enum):
    DOG = 'dog'
    CAT = 'cat'
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
t(lambda: (Animal('DOG'), Animal('Cat')))
t(lambda: Animal('bird'))
