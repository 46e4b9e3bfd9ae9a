# Found by the fuzzer (seed 101): all() leaves its generator expression
# suspended; CPython closes it when all() returns, though a set and a str
# iterator (which etpy's reachability walk could not see into) are live.
def f4(x, flag):
    r = 0
    acc = []
    txt = ''
    k1 = 0
    while k1 < 1:
        k1 += 1
        r = 0
    else:
        for r, txt in enumerate('a-b-c'):
            if all((i0 < i0 <= i0) for c0 in 'a'):
                return 0.0
        r = 0
    r = 0
    return 0.0
i0 = 0
x0 = 0.0
st0 = {0}
if True:
    for i0 in (st0 | {0}):
        x0 += ((f4(0.0, True) + 0.0) or 1.5)
        i0 = 0
    i0 = 0
print(i0, x0, st0)
