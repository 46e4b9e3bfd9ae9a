from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY, InitVar, MISSING
from collections import namedtuple

@dataclass
class Inner:
    v: int

@dataclass
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

o = Outer('o', Inner(1), [Inner(2), 3], {'k': Inner(4)})
print(asdict(o))
print(astuple(o))
print([f.name for f in fields(o)], [f.type for f in fields(Outer)], fields(Inner)[0].default is MISSING)
print([(f.name, f.init, f.repr, f.compare, f.kw_only) for f in fields(Outer)])
print(replace(o, name='p'), replace(Inner(1), v=2), o.name)
print(is_dataclass(Outer), is_dataclass(o), is_dataclass(1), is_dataclass(dict))
NT = namedtuple('NT', 'a b')

@dataclass
class Holder:
    pair: NT
    t: tuple

print(asdict(Holder(NT(Inner(1), 2), (Inner(3),))))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

print(KW(1), KW(1, c=5), KW(a=0, b=0), KW.__match_args__, KW.__doc__)

@dataclass
class OnlyKw:
    x: int = field(kw_only=True)
    y: int = 0

print(OnlyKw(x=1), OnlyKw(5, x=1))

@dataclass(kw_only=True)
class AllKw:
    p: int
    q: int = 1

print(AllKw(p=2), AllKw.__doc__)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 10
    def __post_init__(self, scale):
        self.a = self.a * scale

w = WithInit(2)
print(w, WithInit(2, 3), [f.name for f in fields(WithInit)], replace(w, scale=1))

@dataclass
class Meta:
    x: int = field(default=1, metadata={'unit': 'cm'})

print(fields(Meta)[0].default, type(fields(Meta)[0].metadata).__name__)
print(asdict(Outer('d', Inner(0)), dict_factory=list), astuple(Inner(5), tuple_factory=list))
