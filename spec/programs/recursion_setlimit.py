import sys
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
def at_depth(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print("RecursionError:", e)
        return
    at_depth(n - 1)
at_depth(20)
print(sys.getrecursionlimit())
