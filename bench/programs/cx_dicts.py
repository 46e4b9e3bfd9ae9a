# CRUXEval-style dict functions, each called on a few inputs, repeated.
def f_histogram(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]


def f_invert(d):
    out = {}
    for k, v in d.items():
        out.setdefault(v, []).append(k)
    return out


def f_merge(a, b):
    merged = dict(a)
    for k, v in b.items():
        if k in merged:
            merged[k] = merged[k] + v
        else:
            merged[k] = v
    return {k: merged[k] for k in sorted(merged)}


def f_group(words):
    groups = {}
    for w in words:
        key = ''.join(sorted(w))
        if key not in groups:
            groups[key] = []
        groups[key].append(w)
    return [g for g in groups.values() if len(g) > 1]


words = ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'tac', 'dog']
base = {'a': 1, 'b': 2, 'c': 1, 'd': 3, 'e': 2}
acc = 0
for rep in range(80):
    h = f_histogram(words[rep % 9] * 3 + 'mississippi')
    inv = f_invert(base)
    m = f_merge(base, {'b': rep, 'z': 1, 'a': 2})
    g = f_group(words)
    acc = (acc * 13 + h[0][1] + len(inv) + m['b'] + len(g)) % 1000003
print(acc, f_histogram('mississippi'), f_invert(base), f_merge(base, {'b': 5, 'z': 1}), f_group(words))
