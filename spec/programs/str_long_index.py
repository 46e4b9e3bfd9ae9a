# Long strings: len and indexing while a string grows, with and without astral
# characters and lone surrogates mixed in (etpy remembers long strings it found
# free of surrogates; this checks that a string with them is never taken for one).
s = ''
for i in range(400):
    s += 'ab'
    if len(s) != 2 * (i + 1):
        print('bad len', i)
n = sum(1 for i in range(len(s)) if s[i] == 'a')
print(len(s), n, s[-3:], s[399], s[-1])

t = s + '\U0001F600'
print(len(t), t[-1] == '\U0001F600', t[800:], len(t[-2:]))
u = '\U0001F600' + s
print(len(u), u[0] == '\U0001F600', u[1], u[800], u[-1])
w = s
for k in range(5):
    w = w + '\ud800'
    print(len(w), w[-1] == '\ud800', w[799], w[800 + k] == '\ud800')
x = s + s + '\U0001F601' + s
print(len(x), x.index('\U0001F601'), x[1600], x[1601], x.count('ab'), x.find('b', 1600))
y = s[:200] + '\U0001F602' * 100
print(len(y), y[199], y[200] == '\U0001F602', y[-1] == '\U0001F602', y[150:203] == s[150:200] + '\U0001F602' * 3)
z = 'q' * 300
z2 = z + 'é' * 10
print(len(z2), z2[305], z2[::-50], z2.upper()[-3:])
