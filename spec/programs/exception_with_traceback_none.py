# with_traceback(None) drops the recorded frames: a chained report shows none for it
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        x = e.with_traceback(None)
        print(x is e, x.__traceback__)
        raise AssertionError('no')


f()
