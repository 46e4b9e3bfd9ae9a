# Classic kernel: building strings (concatenation, join, formatting, methods).
def build(n):
    parts = []
    s = ''
    for i in range(n):
        word = 'item%d' % i
        if i % 2 == 0:
            s += word.upper()
        else:
            s += word[::-1]
        parts.append(f'{i:04d}:{len(s)}')
    line = ','.join(parts)
    return s, line


s, line = build(2500)
print(len(s), s[:40], s[-40:], len(line), line[-30:], s.count('MET'))
