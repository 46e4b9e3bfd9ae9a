# all() and any() leave a generator expression suspended over a long list of
# strs or ints; CPython frees it when they return, and its close shows in the
# trace. A release walk steps through such items (found by the fuzzer, seed
# 119 run 63101: a list of 1,200 characters).
ws = [''] * 300
if all(False for c in sorted(str(ws))):
    pass
nums = list(range(5000))
print(any(n > 10 for n in nums))
x = 1
