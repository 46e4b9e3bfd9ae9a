# Found by the fuzzer (seed 103): {255, 7, 255} and {7, 255} are one constant
# (CPython's const cache), built in the first one's iteration order.
def f0(a, b):
    r = 0
    acc = []
    txt = ''
    k1 = 0
    while k1 < 1:
        k1 += 1
        r = 0
    else:
        if ({0} <= ({255, 7, 255} | {0})):
            return 0
        r = 0
    r = 0
    return 0
def f1(s, n):
    r = 0
    acc = []
    txt = ''
    if True:
        k2 = 0
        while k2 < 1:
            k2 += 1
            r = (0 + f0(i0, 0))
        else:
            acc = ([0 for c0 in {7, 255}])[:12]
            r = 0
    return ''
i0 = 0
s0 = ''
for i0, s0 in enumerate(''):
    i0 = 0
else:
    for i0, s0 in enumerate(f1('', i0)):
        i0 = 0
    i0 = 0
i0 = 0
print(i0, s0)
