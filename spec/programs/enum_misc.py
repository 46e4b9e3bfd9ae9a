import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return '%s is %s' % (self.name, self.value)
    @classmethod
    def fav(cls):
        return cls.GREEN
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED}', f'{Color.RED:>12}', Color.RED.name, Color.RED.value)
print(Color(1), Color['GREEN'], Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color), Color.RED.describe(), Color.fav())
print(Color, repr(Color), type(Color), type(Color.RED), isinstance(Color.RED, Color), Color.RED in Color, 1 in Color, 5 in Color)
print(Color.__members__)
print(list(Color.__members__), Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE, hash(Color.RED) == hash('RED'))
t(lambda: Color(7))
t(lambda: Color['X'])
t(lambda: Color.RED < Color.GREEN)
t(lambda: setattr(Color, 'RED', 5))
t(lambda: delattr(Color, 'RED'))
t(lambda: Color.RED.__class__.__mro__)
t(lambda: sorted(Color, key=lambda c: c.value))
t(lambda: {Color.RED: 'r'})
@unique
class U(Enum):
    A = 1
    B = 2
t(lambda: list(U))
def mk():
    @unique
    class M(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
t(mk)
def mk2():
    class M(Enum):
        A = 1
        A = 2
t(mk2)
def mk3():
    class Sub(Color):
        X = 9
t(mk3)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
t(lambda: (Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity))
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
t(lambda: Shape(99))
class Base(Enum):
    def hello(self):
        return 'hello ' + self.name
class Derived(Base):
    A = 'a'
t(lambda: (Derived.A.hello(), Derived('a')))
t(lambda: Color.RED.name.__class__)
t(lambda: setattr(Color.RED, 'name', 'x'))
t(lambda: Color.__name__)
t(lambda: [m.name for m in reversed(Color)])
t(lambda: Color._member_map_)
t(lambda: Color._value2member_map_)
t(lambda: Color._member_names_)
t(lambda: Num.__members__)
t(lambda: Color.RED._value_)
t(lambda: enum.EnumMeta is enum.EnumType)
t(lambda: Perm.__members__)
t(lambda: Num(3))
t(lambda: Color('RED'))
t(lambda: bool(Color.RED))
t(lambda: Color.RED.GREEN)
t(lambda: dir(Color.RED))
t(lambda: dir(Color))
