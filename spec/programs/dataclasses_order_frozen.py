from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True)
class Card:
    rank: int
    suit: str = 'S'

print(Card(2) < Card(3), Card(2, 'H') <= Card(2, 'S'), Card(5) > Card(4, 'Z'), Card(1) >= Card(1))
print(sorted([Card(3), Card(1, 'D'), Card(1, 'C')]), max(Card(2), Card(9)))
try:
    Card(1) < 1
except TypeError as e:
    print(e)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(1.5, 2.5)
print(c, c == Coord(1.5, 2.5), {c: 'here'}[Coord(1.5, 2.5)], len({c, Coord(1.5, 2.5)}))
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            c.lat = 0
        elif action == 'del':
            del c.lon
        else:
            c.alt = 3
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    n: int = 0

print(len({Tagged('a'), Tagged('a'), Tagged('b')}), Tagged('a') in {Tagged('a', 0)})

@dataclass
class Plain:
    v: int

try:
    hash(Plain(1))
except TypeError as e:
    print(e)
print(Plain.__hash__, Coord.__hash__ is not None)

@dataclass(eq=False)
class Ident:
    v: int

i = Ident(1)
print(i == Ident(1), i == i, len({i, Ident(1)}))

@dataclass(frozen=True, order=True)
class FO:
    a: int
    b: str = 'x'

print(sorted([FO(2), FO(1, 'z'), FO(1, 'a')]))
