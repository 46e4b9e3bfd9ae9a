import textwrap as T
words = ['a', 'bb', 'well-known', 'x--y', '--', 'end.', 'Hi!', 'e.g.', 'co-op-er-ate', '123-456', 'a-', '-b', 'foo---bar', 'über-cool', "it's", '"q"', 'tab\there', 'new\nline', 'supercalifragilistic', '  ', 'A-B', 'ab-cd-ef', '3.14', 'x?', 'mid-2020s', '-', 'a--b--c']
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
for k in range(60):
    text = ' '.join(words[rnd(len(words))] for _ in range(rnd(15) + 1))
    w = rnd(20) + 1
    opts = {}
    if rnd(3) == 0: opts['break_on_hyphens'] = False
    if rnd(4) == 0: opts['break_long_words'] = False
    if rnd(4) == 0: opts['drop_whitespace'] = False
    if rnd(5) == 0: opts['max_lines'] = rnd(3) + 1; opts['placeholder'] = ' ~'
    if rnd(4) == 0: opts['fix_sentence_endings'] = True
    if rnd(4) == 0: opts['initial_indent'] = '> '
    try:
        print(w, opts, T.wrap(text, w, **opts))
    except ValueError as e:
        print('ValueError', e)
    if k % 5 == 0:
        print(repr(T.shorten(text, w + 10)), repr(T.dedent('  ' + text.replace(' ', '\n   '))))
