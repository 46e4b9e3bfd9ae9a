# Found by the fuzzer (seed 105): list(map(f, gen())) raising closes the
# generator before the exception reaches the caller's frame.
def f0(a, b):
    r = 0
    acc = []
    txt = ''
    try:
        def inner(x):
            nonlocal r
            raise ValueError('')
            x = 0
            return 0
        r = inner(0)
    finally:
        pass
    r = 0
    return 0
def g0(n):
    r = 0
    acc = []
    txt = ''
    r = 0
    yield r
class C0:
    def __init__(self, v):
        self.v = v
    def step(self, x):
        r = 0
        acc = []
        txt = ''
        try:
            acc = (list(map(lambda p0: f0(0, i0), g0(0 % 5))))[:12]
        finally:
            pass
        r = 0
        return 0
    def __repr__(self):
        return f'C0({self.v!r})'
    def __eq__(self, other):
        return isinstance(other, C0) and self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __add__(self, other):
        return C0(self.v + other.v)
    def __len__(self):
        return abs(self.v) % 7
    def __iter__(self):
        for i in range(len(self)):
            yield self.v + i
i0 = 0
t0 = ()
o0 = C0(0)
k0 = 0
while k0 < 1:
    k0 += 1
    t0 = (())[:8]
else:
    for i0 in {i0}:
        i0 = 0
    else:
        for i0 in range(0 % 4, o0.step(i0) % 8):
            i0 = 0
print(i0, t0, o0)
