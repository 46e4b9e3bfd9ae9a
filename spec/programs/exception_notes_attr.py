# Exception notes live in the instance's __notes__ attribute, as in CPython:
# add_note makes the list, refuses a __notes__ that is no list; the traceback
# prints each note (str), or the repr of a __notes__ that is no sequence;
# split() gives each part a copy.
e = ValueError('x')
print(hasattr(e, '__notes__'), '__notes__' in dir(e), vars(e))
e.add_note('first'); e.add_note('second')
print(e.__notes__, vars(e), '__notes__' in dir(e))
e.__notes__ = ('a', 'b')
try: e.add_note('c')
except TypeError as ex: print(ex)
try: e.add_note(3)
except TypeError as ex: print(ex)
import traceback
e.__notes__ = ['n1', 42]
print(''.join(traceback.format_exception_only(e)), end='')
e.__notes__ = 'oops'
print(''.join(traceback.format_exception_only(e)), end='')
del e.__notes__
print(''.join(traceback.format_exception_only(e)), end='')
eg = ExceptionGroup('g', [ValueError(1), TypeError(2)])
eg.add_note('group note')
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note('while dividing')
        raise
f()
