# The traceback module: format_exception and its pieces, format_exc, print_exc,
# format_exception_only (a SyntaxError's place, text and carets), format_tb,
# extract_tb, format_list, walk_tb, limits and chains, against CPython.
import traceback
import sys


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def rec(n):
    if n == 0:
        raise KeyError('deep')
    return rec(n - 1)


try:
    middle(0)
except ZeroDivisionError as e:
    chunks = traceback.format_exception(e)
    print(len(chunks))
    for c in chunks:
        print(repr(c))
    print(traceback.format_exc(), end='')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=1))
    print(traceback.format_exception(e, limit=-1))
    print(traceback.format_tb(e.__traceback__))
    print(traceback.format_tb(e.__traceback__, limit=-2))
    summary = traceback.extract_tb(e.__traceback__)
    print(summary)
    for fs in summary:
        filename, lineno, name, line = fs
        print(filename, lineno, name, line, fs.line, fs.lineno)
    print(traceback.format_list(summary))
    print(traceback.format_list([('f.py', 3, 'g', 'x = 1'), ('f.py', 4, 'h', None)]))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(e, file=sys.stdout, limit=2)
    traceback.print_tb(e.__traceback__, file=sys.stdout)

try:
    rec(6)
except KeyError as e:
    print(''.join(traceback.format_exception(e)))

try:
    try:
        [][2]
    except IndexError:
        raise ValueError('second') from None
except ValueError as e:
    print(traceback.format_exception(e))

try:
    try:
        {}['a']
    except KeyError as k:
        raise RuntimeError('r') from k
except RuntimeError as e:
    print(traceback.format_exception(e))
    print(traceback.format_exception(e, chain=False))

try:
    try:
        int('x')
    except ValueError:
        1 / 0
except ZeroDivisionError as e:
    print(''.join(traceback.format_exception(e)))

e = ValueError('multi\nline')
e.add_note('a note')
print(traceback.format_exception(e))
print(traceback.format_exception_only(e))
print(traceback.format_exception(None))
print(traceback.format_exc())
print(traceback.format_exception_only(None))
try:
    traceback.format_exception(3)
except TypeError as err:
    print(err)
try:
    traceback.format_exception(e, e)
except ValueError as err:
    print(err)
try:
    compile('x = (', '<no-such-file>', 'exec')
except SyntaxError as s:
    print(traceback.format_exception_only(s))
for src in ['x = (', 'if x\n  pass', 'a = 1 +', 'def f(:\n pass', "'abc"]:
    try:
        compile(src, '<no-such-file>', 'exec')
    except SyntaxError as e:
        print(traceback.format_exception_only(e))
        print(''.join(traceback.format_exception(e)))
try:
    exec('1 +* 2')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
e = SyntaxError('custom')
print(traceback.format_exception_only(e))
e = SyntaxError('custom', ('f.py', None, None, None))
print(traceback.format_exception_only(e))
e = SyntaxError('custom', ('f.py', 3, 20, 'short\n'))
print(traceback.format_exception_only(e))
e = SyntaxError('', ('f.py', 3, 2, '  abc\n', 3, 9))
print(traceback.format_exception_only(e))
