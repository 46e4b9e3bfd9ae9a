from enum import Enum, IntEnum, Flag, auto
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
import functools
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
@dataclass
class Task:
    name: str
    priority: Priority
    due: datetime
tasks = [Task('a', Priority.LOW, datetime(2024, 1, 3)), Task('b', Priority.HIGH, datetime(2024, 1, 2)), Task('c', Priority.MEDIUM, datetime(2024, 1, 1))]
print(sorted(tasks, key=lambda t: (-t.priority, t.due)))
print([t.name for t in sorted(tasks, key=lambda t: t.due)])
print(tasks[0])
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
p = Perm.READ | Perm.WRITE
print(p, repr(p), Perm.READ in p, Perm.EXEC in p, p & Perm.WRITE, p ^ Perm.ALL, Perm.ALL, list(Perm.ALL))
@functools.total_ordering
class Size(Enum):
    S = 1
    M = 2
    L = 3
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
print(Size.S < Size.L, max(Size), sorted([Size.L, Size.S, Size.M]), Size.M >= Size.S)
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
d = datetime(2024, 3, 10, 15, 0, tzinfo=ist)
print(d, d.tzname(), d.astimezone(timezone.utc), d.utcoffset(), d.strftime('%Y-%m-%d %H:%M %Z%z'))
print(d.isoformat(), datetime.fromisoformat(d.isoformat()) == d)
class Color(str, Enum):
    RED = 'red'
    BLUE = 'blue'
print(Color.RED, Color.RED == 'red', Color('blue'), repr(Color.BLUE), Color.RED.upper(), f'{Color.RED}', str(Color.RED))
class Shape(Enum):
    CIRCLE = 'circle'
    SQUARE = 'square'
    @property
    def sides(self):
        return {'circle': 0, 'square': 4}[self.value]
print([(s.name, s.sides) for s in Shape], Shape.CIRCLE.value)
print(Priority.HIGH > Priority.LOW, Priority.HIGH * 2, Priority(3).name, [p.name for p in Priority], Priority.__members__.keys())
