# Found by the fuzzer (seed 101): a generator expression left suspended
# inside a lambda called by filter() over a dict view is closed there.
def f0(a, b):
    r = 0
    acc = []
    txt = ''
    for txt in chr(65 + i0 % 26):
        r, *acc = [0, *list(filter(lambda p0: all(b0 for c1 in d0), {s0: i0}.values()))]
        r = 0
    return 0
def f1(s, n):
    r = 0
    acc = []
    txt = ''
    st0.add((f0(0, i0) // (0 or 7)))
    return ''
i0 = 0
s0 = ''
b0 = False
d0 = {'': 0}
st0 = {0}
for i0 in range(0 % 10, -1, -2):
    i0 = 0
else:
    if f1('', i0) in d0:
        del d0[f1('', i0)]
    i0 = 0
i0 = 0
print(i0, d0)
