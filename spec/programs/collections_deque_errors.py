from collections import deque

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

full = deque([1, 2, 3], maxlen=3)
show(lambda: full.insert(0, 5))
show(lambda: deque([1]).remove(7))
show(lambda: deque([1]).index(7))
show(lambda: deque([1]).index(1, 1))
show(lambda: deque(maxlen=-1))
show(lambda: deque(maxlen='a'))
show(lambda: deque(maxlen=2.0))
show(lambda: deque([1, 2])[0:1])
show(lambda: deque([1, 2])['a'])
show(lambda: deque([1, 2])[2])
show(lambda: deque([1, 2])[-3])
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque(1))
show(lambda: deque([1], 2, 3))
show(lambda: deque([1], x=2))
show(lambda: deque([1]).count())
show(lambda: deque([1]) + [2])
show(lambda: deque([1, 2]) < [1, 3])
show(lambda: hash(deque()))
show(lambda: deque().rotate('x'))

def setmax():
    full.maxlen = 5
show(setmax)

def setitem():
    x = deque([1])
    x[3] = 1
show(setitem)

def delitem():
    x = deque([1])
    del x[-2]
show(delitem)

def mutate():
    x = deque([1, 2, 3])
    for i in x:
        x.append(i)
show(mutate)
deque([]).pop()
