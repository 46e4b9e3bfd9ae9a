# Set order and membership across the forms a hash takes: small ints (negative
# too, and -1, which hashes like -2), ints past 2**53 and 2**61, bools, floats
# equal to ints, strings, tuples, and __hash__ results of every size.

a = {5, -1, -2, 3, 2**53 + 1, -(2**53) - 7, 2**61 - 1, 2**61, 2**64 + 3, -(2**70), True, 0, 1.0, 2.5, -0.0}
print(a)
print([x in a for x in (1, 1.0, True, -1, -2, -1.0, 2**53 + 1, float(2**53), 2**61, 2**61 - 1, 0.0, 2.5, 7)])
b = set()
for i in range(-40, 40, 3):
    b.add(i * 1000003)
    b.add(-i)
print(b)
for i in range(-40, 40, 7):
    b.discard(i * 1000003)
print(b, len(b), 1000003 * 2 in b, -1000003 * 5 in b)
words = {'alpha', 'beta', 'é', '\U0001F600', '', 'a' * 70, 'gamma' * 3}
print(sorted(words) == sorted(list(words)), len(words), 'beta' in words, 'a' * 70 in words, 'a' * 69 in words)
print(words)
t = {(1, 2), (2, 1), (-1, -2), ('x', 1.5), (2**62, -3)}
print(t, (2, 1) in t, (2**62, -3) in t)


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __repr__(self):
        return f'H({self.h})'


hs = {H(7), H(-1), H(2**60), H(-(2**63)), H(2**63 - 1), H(2**64 + 5), H(-7)}
print(sorted(hash(x) for x in hs))
print([hash(x) for x in hs])
print(frozenset([1, 2, 3, -4, 2**60]) == {2**60, 3, 2, 1, -4}, hash(frozenset([1, -4, 2**60, 'q'])))
print({1, 2, 3} ^ {2**53, 3, -9}, {1, 2, 3} & {3.0, 1}, {x for x in range(-5, 5)} - {-1, -2.0})
print(hash(-1), hash(2**61 - 1), hash(-(2**61)), hash(2.0**60))
