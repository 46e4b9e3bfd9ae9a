from dataclasses import dataclass, field, fields, asdict, astuple, replace

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)

show(lambda: P())
show(lambda: P(1, 2, [3], 4))
show(lambda: P(1, w=2))
show(lambda: P(1, x=2))
show(lambda: replace(P(1), w=5))
show(lambda: fields(1))
show(lambda: asdict(1))
show(lambda: astuple(P))
show(lambda: replace(1))
show(lambda: P(1) < P(2))
show(lambda: field(default=1, default_factory=list))

def bad_order():
    @dataclass
    class B:
        x: int = 0
        y: int
show(bad_order)

def bad_mutable():
    @dataclass
    class B:
        x: list = []
show(bad_mutable)

def bad_mutable_dict():
    @dataclass
    class B:
        x: dict = {}
show(bad_mutable_dict)

def bad_lt():
    @dataclass(order=True)
    class B:
        x: int
        def __lt__(self, o):
            return True
show(bad_lt)

def no_eq_order():
    @dataclass(eq=False, order=True)
    class B:
        x: int
show(no_eq_order)

def no_annotation():
    @dataclass
    class B:
        x: int
        y = field(default=1)
show(no_annotation)

def frozen_mix():
    @dataclass
    class A:
        x: int
    @dataclass(frozen=True)
    class B(A):
        y: int
show(frozen_mix)

def hash_clash():
    @dataclass(unsafe_hash=True)
    class B:
        x: int
        def __hash__(self):
            return 1
show(hash_clash)

@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=5)

show(lambda: NoInit(1, 2))
show(lambda: replace(NoInit(1), b=3))
P(1, 2, 3, 4, 5)
