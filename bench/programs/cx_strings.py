# CRUXEval-style string functions, each called on a few inputs, repeated.
def f_vowel_swap(text):
    out = ''
    for ch in text:
        if ch in 'aeiou':
            out += ch.upper()
        elif ch.isupper():
            out += ch.lower()
        else:
            out += ch
    return out


def f_runs(s):
    runs = []
    count = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            count += 1
        else:
            runs.append(s[i - 1] + str(count))
            count = 1
    if s:
        runs.append(s[-1] + str(count))
    return ''.join(runs)


def f_words(text, width):
    words = text.split()
    lines = []
    line = ''
    for w in words:
        if len(line) + len(w) + 1 > width and line:
            lines.append(line)
            line = w
        else:
            line = (line + ' ' + w).strip()
    lines.append(line)
    return '|'.join(lines)


def f_palin(s):
    s = ''.join(c for c in s.lower() if c.isalnum())
    return s == s[::-1], s[:len(s) // 2]


inputs = ['Hello World', 'aaabccddddde', 'the quick brown fox jumps over the lazy dog', 'A man, a plan, a canal: Panama']
checksum = 0
for rep in range(12):
    for s in inputs:
        a = f_vowel_swap(s)
        b = f_runs(s)
        c = f_words(s, 10 + rep % 5)
        d = f_palin(s)
        checksum = (checksum * 31 + len(a) + len(b) * 7 + len(c) * 13 + d[0]) % 1000003
print(checksum, f_vowel_swap(inputs[0]), f_runs(inputs[1]), f_words(inputs[2], 12), f_palin(inputs[3]))
