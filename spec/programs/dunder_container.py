class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq([1, 2, 3, 4])
print(len(s), s[0], s[-1], s[1:3], s[::2])
s[0] = 10
s[1:3] = [20, 30]
del s[-1]
print(s, [v for v in s], 20 in s, 99 in s, bool(s), bool(Seq([])))
for x in Seq("ab"):
    print("iter via getitem", x)
print(hasattr(Seq, "__reversed__"))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Box([1, 2])
print(2 in b, 3 not in b, list(b), [*b], dict.fromkeys(b))
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), max(Counter(5)))
a, b2, c = Counter(3)
print(a, b2, c)
class Trues:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Trues()), "yes" if Trues() else "no", not Trues())
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class Keyed:
    def __getitem__(self, k):
        if k == "missing":
            raise KeyError(k)
        return k * 2
    def __missing__(self, k):
        return "never used"
k = Keyed()
print(k["ab"], k[3])
try:
    k["missing"]
except KeyError as e:
    print("KeyError:", e)
class DD(dict):
    def __missing__(self, k):
        return f"default for {k}"
print(DD(a=1)["a"], DD()["zz"])
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    NoIter()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoIter()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoIter()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    5 in NoIter()
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
