import heapq

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t('heapq.heappush([], 1, 2)', lambda: heapq.heappush([], 1, 2))
t('heapq.heappush((), 1)', lambda: heapq.heappush((), 1))
t('heapq.heappop([])', lambda: heapq.heappop([]))
t('heapq.heappop(())', lambda: heapq.heappop(()))
t('heapq.heapreplace([], 1)', lambda: heapq.heapreplace([], 1))
t('heapq.heappushpop([], 1)', lambda: heapq.heappushpop([], 1))
t('heapq.heapify(1)', lambda: heapq.heapify(1))
t("heapq.heapify([1, 'a'])", lambda: heapq.heapify([1, 'a']))
t("heapq.heappush([1], 'a')", lambda: heapq.heappush([1], 'a'))
t('heapq.nlargest(2, 5)', lambda: heapq.nlargest(2, 5))
t("heapq.nsmallest('a', [1,2])", lambda: heapq.nsmallest('a', [1,2]))
t('heapq.heappush(heap=[], item=1)', lambda: heapq.heappush(heap=[], item=1))
t('heapq.nlargest(2, [1,2,3], lambda x: x)', lambda: heapq.nlargest(2, [1,2,3], lambda x: x))
t('heapq.merge([1], key=None, foo=1)', lambda: heapq.merge([1], key=None, foo=1))
t('heapq.heapify()', lambda: heapq.heapify())
t('heapq.heappushpop([1], 0)', lambda: heapq.heappushpop([1], 0))
t('heapq.heappushpop([1], 5)', lambda: heapq.heappushpop([1], 5))
