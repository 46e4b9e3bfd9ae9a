# The warnings module: CPython 3.12's default filters, the actions, the
# per-module registry, stacklevel, catch_warnings(record=True), a replaced
# showwarning, formatwarning; what goes to stderr is compared by spec/cli.
import warnings
import sys

def old(x):
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return x

def f():
    warnings.warn("plain")
    warnings.warn("plain")

print(old(1))
f()
f()
warnings.warn("module level", RuntimeWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f()
    old(2)
    warnings.warn(UserWarning("an instance"))
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], [w.lineno for w in log])
print(str(log[0]).split(', filename')[0])
warnings.filterwarnings("ignore", message="pla")
f()
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code()  "), end="")
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(len(warnings.filters), warnings.filters[0][0])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
print(len(warnings.filters))
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = show
warnings.simplefilter("always")
warnings.warn("via hook")
import linecache
print(repr(linecache.getline('<nope>', 1)), linecache.getlines('<nope>'))
try:
    linecache.getline(5, 1)
except AttributeError as e:
    print('AttributeError', e)
