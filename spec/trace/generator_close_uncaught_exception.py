# Found by the fuzzer (seed 104): the generator a failing generator
# expression iterates is closed after the uncaught exception ends the program.
def g0(n):
    r = 0
    acc = []
    txt = ''
    r = 0
    yield r
i0 = 0
t0 = ()
try:
    i0, i0 = divmod(sum(t0[i0] for c0 in g0(0 % 5)), 0 or 2)
    i0 = 0
finally:
    pass
i0 = 0
print(i0, t0)
