def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('bad input') from e

def safe(s):
    try:
        return parse(s)
    except TypeError as e:
        return str(e.__cause__)
    finally:
        print('done', s)

def finally_return():
    try:
        return 'try'
    finally:
        return 'finally'

def reraise():
    try:
        {}['k']
    except KeyError:
        raise

print(safe('12'), safe('x'), finally_return())
try:
    reraise()
except KeyError as e:
    print('reraised', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(e, type(e.__context__).__name__)
