import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError as e:
        return n, str(e)
print(depth(0))
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(depth(0))
sys.setrecursionlimit(5000)
print(depth(0))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(3000))))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(4900))
