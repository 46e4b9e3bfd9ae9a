# SyntaxError and IndentationError positions (lineno, offset, end_lineno,
# end_offset) and text, as compile() raises them: CPython gives some a range
# (a missing comma, a missing else, print without parentheses), some a single
# token (arguments out of order), and the tokenizer's unexpected indent -1.
SOURCES = [
    '\tfoo(1 2)', 'x = 1\n  y = 2', 'if 1:\n  x\n    y', '\u00f1 = (1 2)', 'f(**x, *y)', 'print "hi"',
    'f(**x, y)', 'f(a=1, y)', 'f(a=1, *y)', 'f(**x, y + 1)', 'f(a=1, g(2))', 'f(**x, *yy, z)', 'f(k=1, (a))',
    'x = 1 if y', 'x = [y + 1 2]', 'f(a, g(1, 2) 3)', 'print f(1), 2', "print('h\u00e9llo' 1)", 'x +=  ',
    'a = 1 +', 'x = (', 'x = [1, 2\ny = 3', 'exec "code"', '[a b for a in c]', '{1: 2 3: 4}', 'f(x for x in y, 1)',
    'a bbb ccc', 'x = 5 55', 'x === 1', 'import', 'def f(:\n pass', 'class A\n  pass', 'for x in range(3)\nprint(x)',
    'f(\n1,\n2', "'abc", "'''abc", 'if x\n  pass', "'abc\nx = 1", "x = 1\ny = 'abc\n", "x = '''abc\ndef\n",
    "s = 'ab", "f'{a", 'x = 1\ny = (2,\n3\n', 'x = (\n1', 'x = 1 +\n',
]
for src in SOURCES:
    try:
        compile(src, '<positions>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print('compiles', repr(src))
