# Modules holding native objects (datetime's attrgetters, ...) must not stop
# generators from being closed where CPython frees them; a native container
# that holds one keeps it open.
import collections, itertools, functools, heapq, math, re, random, string, bisect, operator
import statistics, decimal, fractions, datetime, typing, dataclasses, enum, copy, json, textwrap, array, time

def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print('closed', tag)

def dropped():
    g = gen('dropped')
    next(g)
    return 1

def kept_in_deque():
    g = gen('deque')
    next(g)
    return collections.deque([g])

def kept_in_partial():
    g = gen('partial')
    next(g)
    return functools.partial(next, g)

def kept_by_methodcaller():
    g = gen('methodcaller')
    next(g)
    return operator.methodcaller('send', None), g

print(dropped())
d = kept_in_deque()
print('deque still holds it')
p = kept_in_partial()
print('partial still holds it', p())
mc, g = kept_by_methodcaller()
print('methodcaller')
print('end')
