# A lone high surrogate followed by a lone low surrogate stays two code points in CPython.
s = '\ud83d' + '\ude00'
print(len(s), ascii(s), s == '\U0001F600')
