from abc import ABC, abstractmethod, ABCMeta
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name()} {self.area()}'


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


try:
    Shape()
except TypeError as e:
    print(e)
try:
    Sq(2)
except TypeError as e:
    print(e)


class Sq2(Sq):
    def name(self):
        return 'sq'


print(Sq2(3).describe(), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__, type(Shape), isinstance(Sq2(1), Shape))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def p(self):
        ...


try:
    Base()
except TypeError as e:
    print(e)


class Impl(Base):
    @property
    def p(self):
        return 42


print(Impl().p)
Shape.register(int)
print(isinstance(3, Shape), issubclass(int, Shape), issubclass(str, Shape), issubclass(Sq2, Shape))
print(ABC.__mro__, repr(ABCMeta), abstractmethod(lambda: 1).__isabstractmethod__)


class Animal(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def speak(self):
        raise NotImplementedError


class Dog(Animal):
    def speak(self):
        return self.name + ' says woof'


print(Dog('rex').speak(), isinstance(Dog('a'), Animal))


class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(isinstance(Duck(), Hook), isinstance(1, Hook), abc.get_cache_token() >= 0)
