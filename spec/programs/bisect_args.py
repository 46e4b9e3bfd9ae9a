import bisect

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t('bisect.bisect_left([1, 2, 2, 3], 2)', lambda: bisect.bisect_left([1, 2, 2, 3], 2))
t('bisect.bisect_right([1, 2, 2, 3], 2)', lambda: bisect.bisect_right([1, 2, 2, 3], 2))
t('bisect.bisect([1, 2, 2, 3], 2)', lambda: bisect.bisect([1, 2, 2, 3], 2))
t('bisect.bisect_left([1, 2, 2, 3], 2, 2)', lambda: bisect.bisect_left([1, 2, 2, 3], 2, 2))
t('bisect.bisect_left([1, 2, 2, 3], 2, 0, 1)', lambda: bisect.bisect_left([1, 2, 2, 3], 2, 0, 1))
t('bisect.bisect_left([1, 2, 2, 3], 2, hi=None)', lambda: bisect.bisect_left([1, 2, 2, 3], 2, hi=None))
t('bisect.bisect_left([1, 2, 2, 3], 2, lo=-1)', lambda: bisect.bisect_left([1, 2, 2, 3], 2, lo=-1))
t('bisect.bisect_left([1, 2, 2, 3], 2, 1.5)', lambda: bisect.bisect_left([1, 2, 2, 3], 2, 1.5))
t('bisect.bisect_left([1, 2, 2, 3])', lambda: bisect.bisect_left([1, 2, 2, 3]))
t('bisect.bisect_left()', lambda: bisect.bisect_left())
t('bisect.bisect_left([1, 2], 2, 0, 2, 5)', lambda: bisect.bisect_left([1, 2], 2, 0, 2, 5))
t('bisect.bisect_left([1, 2], 2, foo=1)', lambda: bisect.bisect_left([1, 2], 2, foo=1))
t('bisect.bisect_right((1, 2, 3), 2)', lambda: bisect.bisect_right((1, 2, 3), 2))
t("bisect.bisect_right('abc', 'b')", lambda: bisect.bisect_right('abc', 'b'))
t('bisect.bisect_right(5, 2)', lambda: bisect.bisect_right(5, 2))
t("bisect.bisect_right([1, 'a'], 2)", lambda: bisect.bisect_right([1, 'a'], 2))
t("bisect.bisect_left([(1, 'a'), (2, 'b')], 2, key=lambda p: p[0])", lambda: bisect.bisect_left([(1, 'a'), (2, 'b')], 2, key=lambda p: p[0]))
t("bisect.bisect_right([(1, 'a'), (2, 'b')], 2, key=lambda p: p[0])", lambda: bisect.bisect_right([(1, 'a'), (2, 'b')], 2, key=lambda p: p[0]))
t('bisect.bisect_left([1, 2, 3], 2, 0, 100)', lambda: bisect.bisect_left([1, 2, 3], 2, 0, 100))
t('bisect.bisect_left(range(100), 37)', lambda: bisect.bisect_left(range(100), 37))
t('bisect.bisect_right([], 1)', lambda: bisect.bisect_right([], 1))
t('bisect.bisect_left([1, 2], 2, hi=-5)', lambda: bisect.bisect_left([1, 2], 2, hi=-5))
