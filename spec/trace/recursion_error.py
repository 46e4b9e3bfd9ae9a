import sys
sys.setrecursionlimit(60)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('recursion', e)
