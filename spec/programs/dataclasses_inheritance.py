from dataclasses import dataclass, field, fields

@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Child(Base):
    z: int = 2
    y: int = 10

print(Child(0), Child(0, 5, 6), [f.name for f in fields(Child)], Child.__doc__)

@dataclass
class Animal:
    name: str
    sound: str = '...'
    def speak(self):
        return f'{self.name} says {self.sound}'

@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)

d = Dog('rex')
d.tricks.append('sit')
print(d, d.speak(), isinstance(d, Animal), Dog('a') == Animal('a', 'woof'), Dog('a') == Dog('a'))

class Mixin:
    def describe(self):
        return type(self).__name__

@dataclass
class Mixed(Mixin, Base):
    w: str = 'w'

print(Mixed(1), Mixed(1).describe())

@dataclass
class WithSuper(Base):
    def __post_init__(self):
        self.total = self.x + self.y

print(WithSuper(3).total, WithSuper(3, 4))

@dataclass(frozen=True)
class FB:
    a: int

@dataclass(frozen=True)
class FC(FB):
    b: int = 0

print(FC(1, 2), hash(FC(1, 2)) == hash(FC(1, 2)))
