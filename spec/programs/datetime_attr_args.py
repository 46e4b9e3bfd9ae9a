import datetime, array, fractions, enum
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = datetime.date(2020, 1, 1)
t(lambda: setattr(d, 'year', 5))
t(lambda: setattr(datetime.timedelta(1), 'days', 5))
t(lambda: setattr(datetime.datetime(2020, 1, 1), 'hour', 5))
t(lambda: setattr(array.array('i'), 'typecode', 'd'))
t(lambda: setattr(fractions.Fraction(1), 'numerator', 5))
t(lambda: datetime.date(2020, 1, 1, foo=1))
t(lambda: datetime.timedelta(foo=1))
t(lambda: datetime.time(foo=1))
