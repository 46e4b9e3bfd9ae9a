# Recursion through native code (dunder methods, key functions) raises
# RecursionError rather than crashing.
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", type(e).__name__)
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("eq:", type(e).__name__)
class H:
    def __hash__(self):
        return hash(self)
try:
    {H(): 1}
except RecursionError as e:
    print("hash:", type(e).__name__)
def key(x):
    return sorted([x, x], key=key)
try:
    key(1)
except RecursionError as e:
    print("sorted:", type(e).__name__)
class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    G().a
except RecursionError as e:
    print("getattr:", type(e).__name__)
nested = []
for i in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("nested repr:", e)
print("still alive")
