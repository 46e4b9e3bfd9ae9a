# Long strings are shown at every event; etpy caches their reprs and JSON.
def build(n):
    s = 'x' * 250
    for i in range(n):
        s += "'" if i % 3 == 0 else '"' if i % 3 == 1 else '\u00e9\\\n'
        t = s
        u = s[:-1]
    return s, t, u

s, t, u = build(12)
w = 'a' * 300
w2 = 'a' * 300
print(len(s), w == w2, repr(s)[-20:])
