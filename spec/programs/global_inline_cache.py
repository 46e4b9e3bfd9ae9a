# One LOAD_GLOBAL instruction sees globals and builtins change: etpy caches
# where it found each name per instruction, so every change must still show.
import builtins
import types

g = 1

def read_g():
    return g

def read_len(s):
    return len(s)

def read_missing():
    return missing_name

for _ in range(3):
    print(read_g(), read_len('abc'))
g = 2
print(read_g())
del g
try:
    read_g()
except NameError as e:
    print('NameError:', e)
g = 3
print(read_g())

# A global shadows a builtin, then goes away; the builtin itself changes.
len = lambda s: 'global len'
print(read_len('abc'))
del len
print(read_len('abc'))
saved = builtins.len
builtins.len = lambda s: 'patched builtin'
print(read_len('abc'))
del builtins.len
try:
    read_len('abc')
except NameError as e:
    print('NameError:', e)
builtins.len = saved
print(read_len('abc'))

for i in range(2):
    try:
        print(read_missing())
    except NameError as e:
        print('NameError:', e)
    missing_name = 'now defined'
print(read_missing())

# Entries move: many globals deleted, then many added (the dict is compacted).
for i in range(40):
    globals()[f'tmp{i}'] = i
for i in range(40):
    del globals()[f'tmp{i}']
print(read_g())
for i in range(60):
    globals()[f'new{i}'] = i
print(read_g(), read_len('ab'))
globals().update({'g': 4, 'extra': 5})
print(read_g())

# One code object run with different globals and builtins.
clone = types.FunctionType(read_g.__code__, {'g': 'other globals'})
for f in (read_g, clone, read_g, clone):
    print(f())
code = compile('out.append(len(x))', '<exec>', 'exec')
out = []
for d in ({'x': 'ab', 'out': out}, {'x': 'abcd', 'out': out},
          {'x': 'abc', 'out': out, 'len': lambda s: -1},
          {'x': 'a', 'out': out, '__builtins__': {'len': lambda s: 100}},
          {'x': 'ab', 'out': out}):
    exec(code, d)
print(out)
d = {'x': 'abc', 'out': out}
exec(code, d)
d.clear()
d['out'] = out
try:
    exec(code, d)
except NameError as e:
    print('NameError:', e)
d['x'] = 'xyz'
exec(code, d)
print(out)

# A loop long enough to be compiled, while the name changes under it.
def loop():
    total = 0
    for i in range(300):
        total += step(i)
    return total

def step(i):
    return 1

print(loop())
def step(i):
    return 2
print(loop())
