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
t(lambda: Color.RED.value.__class__)
