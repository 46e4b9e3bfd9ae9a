# sorted() is list(iterable).sort(**kw): the same argument checks, errors and order.
for args, kw in [(([3,1,2],), {}), (([3,1,2],), {'reverse': True}), (([3,1,2],), {'key': lambda x: -x}), (([1],), {'foo': 1}), (([1], 2), {}), ((), {}), (([1, 'a'],), {}), ((['b', 'a'],), {'key': None, 'reverse': 0})]:
    try:
        print(sorted(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
