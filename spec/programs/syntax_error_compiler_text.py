# compile() of a str: a SyntaxError the compiler raises (symtable, codegen,
# __future__) has text None, since CPython reads it from the file; one the
# parser raises carries its line. The symtable and __future__ errors hold only
# the message in args.
sources = [
    'x = 1\nreturn 1',
    'def f():\n    nonlocal x',
    'yield 5',
    'class C:\n    await g()',
    'def f():\n    global x\n    x: int = 1',
    'from __future__ import braces',
    'def f(a, a): pass',
    'break',
    'x = (1 +',
    'def f(:\n    pass',
    'f(**x, *y)',
    'nonlocal q',
]
for src in sources:
    for filename in ('<p>', 'real.py'):
        try:
            compile(src, filename, 'exec')
            print('compiled', repr(src))
        except SyntaxError as e:
            print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
            print('  ', repr(e), e.args, str(e))
try:
    exec('def g():\n    return\n    yield from x\nreturn 3')
except SyntaxError as e:
    print(repr(e.msg), repr(e.text), e.lineno)
try:
    eval('(lambda: (yield))() if 0 else await_x')
except NameError as e:
    print('NameError', e)
