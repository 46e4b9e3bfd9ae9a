s = 'abcdef'
print(s[::2], s[::-2], s[1:10:3], s[-100:100], s[5:0:-2], s[-1:-7:-1], s[slice(None, None, 2)])
print(s[2**100:], s[-2**100:3], repr(s[4:2]))
for k in [10, -7, 'a', 1.0, 2**63, -2**100]:
    try:
        s[k]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(s[True])
s[::0]
