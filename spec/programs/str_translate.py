t = str.maketrans('ab', 'xy', 'c')
print(sorted(t.items()), 'abcabd'.translate(t))
print(str.maketrans({'a': 'b', 98: None, 'c': 100}))
print('abc'.translate({97: 'zz', 98: None}), 'abc'.translate([None, 'x']), 'abc'.translate({}))
print('héllo'.translate({ord('é'): 'e'}))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return 'A'
        raise LookupError(k)
print('banana'.translate(Table()))
for call in [lambda: str.maketrans({'ab': 1}), lambda: str.maketrans('a'), lambda: str.maketrans('ab', 'x'),
             lambda: str.maketrans(), lambda: str.maketrans({1.5: 2}), lambda: str.maketrans(1, 'b'),
             lambda: str.maketrans('a', 2), lambda: 'abc'.translate({97: 1.5}), lambda: 'abc'.translate({97: 0x110000}),
             lambda: 'a'.translate()]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
