# print writes to stdout before the program imports sys (etpy makes sys on
# first import), and to whatever sys.stdout is after.
print("a", 1, sep="-")
import math
import sys
print([k in sys.modules for k in ('sys', 'math', 'builtins', '__main__')])
print("to err", file=sys.stderr)
sys.stdout.write("w\n")
old = sys.stdout
class Upper:
    def write(self, s):
        old.write(s.upper())
sys.stdout = Upper()
print("redirected", 2)
sys.stdout = old
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    print(type(e).__name__, e, file=old)
sys.stdout = None
print("nothing")
sys.stdout = old
print("back")
