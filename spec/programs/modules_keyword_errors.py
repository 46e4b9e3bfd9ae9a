import math, cmath, heapq, bisect, operator, string, copy

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t('math.pow(x=1, y=2)', lambda: math.pow(x=1, y=2))
t('math.log(x=1)', lambda: math.log(x=1))
t('math.comb(n=5, k=2)', lambda: math.comb(n=5, k=2))
t('math.perm(n=5)', lambda: math.perm(n=5))
t('math.ldexp(x=1, i=2)', lambda: math.ldexp(x=1, i=2))
t('math.atan2(y=1, x=1)', lambda: math.atan2(y=1, x=1))
t('math.dist(p=[1], q=[2])', lambda: math.dist(p=[1], q=[2]))
t('math.nextafter(1, 2, foo=1)', lambda: math.nextafter(1, 2, foo=1))
t('math.isclose(a=1, b=1)', lambda: math.isclose(a=1, b=1))
t('math.isclose(1, b=1)', lambda: math.isclose(1, b=1))
t('math.prod(iterable=[1])', lambda: math.prod(iterable=[1]))
t('math.prod([2, 3], start=2)', lambda: math.prod([2, 3], start=2))
t('math.sumprod(p=[1], q=[1])', lambda: math.sumprod(p=[1], q=[1]))
t('cmath.log(x=1)', lambda: cmath.log(x=1))
t('cmath.rect(r=1, phi=1)', lambda: cmath.rect(r=1, phi=1))
t('cmath.isclose(a=1, b=1)', lambda: cmath.isclose(a=1, b=1))
t('heapq.heappushpop(heap=[], item=1)', lambda: heapq.heappushpop(heap=[], item=1))
t('bisect.bisect_left(a=[1, 2], x=2)', lambda: bisect.bisect_left(a=[1, 2], x=2))
t('bisect.insort([1], x=2)', lambda: bisect.insort([1], x=2))
t('operator.length_hint(obj=[1])', lambda: operator.length_hint(obj=[1]))
t('operator.call(obj=len)', lambda: operator.call(obj=len))
t("string.capwords(s='ab cd')", lambda: string.capwords(s='ab cd'))
t("string.Formatter().format('{0}-{x}', 1, x=2)", lambda: string.Formatter().format('{0}-{x}', 1, x=2))
t("string.Formatter().vformat('{0}', (5,), {})", lambda: string.Formatter().vformat('{0}', (5,), {}))
t('copy.copy(x=1)', lambda: copy.copy(x=1))
t('copy.deepcopy([1], memo={})', lambda: copy.deepcopy([1], memo={}))
