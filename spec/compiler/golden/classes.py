class Base:
    kind = 'base'

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f'{type(self).__name__}({self.value!r})'

    @property
    def doubled(self):
        return self.value * 2


class Child(Base):
    __slots__ = ()

    def __init__(self, value, extra=None):
        super().__init__(value)
        self.__private = extra

    def total(self):
        return super().doubled + (self.__private or 0)

    @classmethod
    def make(cls, *args):
        return cls(*args)


class Meta(type):
    pass


class WithMeta(Base, metaclass=Meta):
    items = [x for x in range(3)]
    names = {n: len(n) for n in ('a', 'bb')}
