import sys
def f(n):
    if n == 0:
        raise KeyError(n)
    f(n - 1)
f(10)
