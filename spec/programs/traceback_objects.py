# Traceback objects: __traceback__ (the same object each time, tb_next from the
# outermost frame in), sys.exc_info() and sys.exception(), with_traceback,
# __exit__'s third argument, tb_next assignment and its errors.
import sys

def inner():
    raise ValueError('v')

def outer():
    try:
        inner()
    except ValueError as e:
        t = e.__traceback__
        print(type(t).__name__, t.tb_lineno, t.tb_frame.f_code.co_name, t.tb_next.tb_lineno, t.tb_next.tb_frame.f_code.co_name, t.tb_next.tb_next)
        print(t is e.__traceback__, t.tb_lasti >= 0)
        et, ev, tb = sys.exc_info()
        print(et, ev, tb is t, sys.exception() is e)
        raise

try:
    outer()
except ValueError as e:
    t = e.__traceback__
    chain = []
    while t is not None:
        chain.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(chain)
    print(e.__traceback__.tb_next.tb_next.tb_lineno)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
    try:
        e.with_traceback(3)
    except TypeError as err:
        print(err)
    try:
        e.__traceback__ = 'x'
    except TypeError as err:
        print(err)
print(sys.exc_info(), sys.exception())

class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('exit', et, type(tb).__name__, tb.tb_lineno if tb else None, tb.tb_next if tb else None)
        return True

with CM():
    pass
with CM():
    [][1]

def gen():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        yield e.__traceback__.tb_frame.f_code.co_name

print(list(gen()))
try:
    try:
        {}['k']
    except KeyError as e:
        saved = e.__traceback__
        raise RuntimeError('r')
except RuntimeError as r:
    print(r.__context__.__traceback__ is saved, r.__traceback__.tb_lineno, saved.tb_lineno)
    try:
        saved.tb_next = saved
    except ValueError as err:
        print('ValueError', err)
    try:
        saved.tb_next = 5
    except TypeError as err:
        print('TypeError', err)
    e = ValueError('fresh')
    print(e.__traceback__)
    try:
        raise e.with_traceback(saved)
    except ValueError as v:
        print(v.__traceback__.tb_next is saved, v.__traceback__.tb_lineno)
