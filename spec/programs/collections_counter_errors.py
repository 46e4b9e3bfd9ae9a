from collections import Counter

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: Counter(5))
show(lambda: Counter('a', 'b'))
show(lambda: Counter.fromkeys('abc'))
show(lambda: Counter([[1], [2]]))
show(lambda: Counter('ab').most_common('x'))
show(lambda: Counter({'a': 'x', 'b': 'y'}))
show(lambda: Counter({'a': 1, 'b': 'y'}))
show(lambda: Counter(a=1).update(5))
c = Counter()
c['k'] += 1
c['k'] += 1
show(lambda: c)
show(lambda: Counter('abc').elements().__class__.__name__)
Counter(3.5)
