# Found by the fuzzer (seed 118, run 811): d0.update({...}) into the dict being iterated, emptied just before,
# clones the source's table in CPython, so the loop ends instead of raising.
def f0(a, b):
    r = 0
    acc = []
    txt = ''
    def inner(x):
        nonlocal r
        for x in range(0 % 6):
            x = 0
        else:
            if s0 in d0:
                del d0[s0]
        for x in range(0 % 10, -1, -2):
            x = 0
        else:
            d0.update({**d0, '': 0})
        x = 0
        return 0
    r = inner(0)
    r = 0
    return 0
i0 = 0
x0 = 0.0
s0 = ''
d0 = {}
d0[''.join('' for c0 in [])] = 0
for i0 in range(0 % 6):
    i0 = 0
else:
    for s0 in d0:
        x0 = float(f0(i0, i0))
        i0 = 0
    i0 = 0
i0 = 0
print(i0, x0, s0, d0)
