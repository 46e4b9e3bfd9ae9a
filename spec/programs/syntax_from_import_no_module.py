# `from import x` is a SyntaxError: the module name may be left out only
# after dots (found by mutating corpus programs).
for src in ['from import x', 'from  import y', 'from . import z', 'from .. import (a, b)', 'from .m import c']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
