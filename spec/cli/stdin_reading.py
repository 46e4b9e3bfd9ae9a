# sys.stdin as python3 gives it (readline, read, readlines, iteration, sizes),
# sharing its position with input(); writing it or reading stdout is
# io.UnsupportedOperation.
import sys
input = sys.stdin.readline
print(repr(sys.stdin), sys.stdin.readable(), sys.stdin.writable(), sys.stdout.readable(), sys.stdin is sys.__stdin__)
n = int(input())
print(n, repr(input()))
print(repr(__builtins__.input() if hasattr(__builtins__, 'input') else 'x'))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line', repr(line))
    if line.startswith('stop'): break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try: sys.stdin.write('x')
except Exception as e: print(type(e).__name__, e)
try: sys.stdout.read()
except Exception as e: print(type(e).__name__, e)
sys.stdout.writelines(('a', 'b\n'))
try: input2 = __import__('builtins').input(); print(repr(input2))
except EOFError as e: print('EOF', e)
