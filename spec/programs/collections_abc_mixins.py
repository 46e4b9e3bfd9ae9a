from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

s = Squares(5)
print([v for v in s], 9 in s, 7 in s, s.index(4), s.count(1), list(reversed(s)), isinstance(s, Sequence))

class Store(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

st = Store()
st['a'] = 1
st.update(b=2, c=3)
print(len(st), st.get('a'), st.get('z', 'dflt'), 'b' in st, [k for k in st.keys()], [i for i in st.items()], [v for v in st.values()])
print(st.pop('a'), st.setdefault('q', 9), st.popitem(), dict(st), st == {'c': 3, 'q': 9})
try:
    st.pop('zz')
except KeyError as e:
    print('KeyError', e)

class Bag(list, MutableSequence):
    pass

b = Bag([1, 2])
b.append(3)
print(b, isinstance(b, MutableSequence))

class Span(Set):
    def __init__(self, items):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

a, c = Span([1, 2, 3]), Span([2, 3, 4])
print(sorted([x for x in a & c]), sorted([x for x in a | c]), sorted([x for x in a - c]), sorted([x for x in a ^ c]), a <= Span([1, 2, 3, 4]), a == Span([3, 2, 1]))
print(a.isdisjoint([7]), a.isdisjoint([1]))
