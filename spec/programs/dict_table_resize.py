# A dict changed while it is iterated: what the loop sees depends on where
# CPython's compact table puts entries, which its resizes and clones decide.
def run(name, d, body):
    seen = []
    try:
        for k in d:
            seen.append(k)
            body(d, k)
            if len(seen) > 40:
                break
        print(name, 'ok', seen, list(d))
    except RuntimeError as e:
        print(name, 'RuntimeError', e, seen, list(d))

def del_add(d, k):
    del d[k]
    d[str(k) + '+'] = 1

def del_update(d, k):
    del d[k]
    d.update({k: 1})

def del_update_new(d, k):
    del d[k]
    d.update({str(k) + '!': 1})

def del_update_two(d, k):
    del d[k]
    d.update({k: 1, 'z': 2})
    del d['z']

def pop_setdefault(d, k):
    d.pop(k)
    d.setdefault(k, 0)

def del_ior(d, k):
    del d[k]
    d |= {k: 2}

def del_ior_big(d, k):
    del d[k]
    d |= {j: j for j in range(k, k + 3)}

for n in range(1, 8):
    run('del_add %d' % n, {i: i for i in range(n)}, del_add)
    run('del_update %d' % n, {i: i for i in range(n)}, del_update)
    run('del_update_new %d' % n, {i: i for i in range(n)}, del_update_new)
    run('del_update_two %d' % n, {i: i for i in range(n)}, del_update_two)
    run('pop_setdefault %d' % n, {i: i for i in range(n)}, pop_setdefault)
    run('del_ior %d' % n, {i: i for i in range(n)}, del_ior)
    run('del_ior_big %d' % n, {i: i * 10 for i in range(n)}, del_ior_big)

# Clone sources: a literal, a dict with holes, a copy, a merged dict.
def clone_case(name, make_src):
    d = {'a': 0}
    try:
        for k in d:
            del d['a']
            d.update(make_src())
        print(name, 'ok', d)
    except RuntimeError as e:
        print(name, 'RuntimeError', e, d)

def holes():
    s = {'a': 1, 'b': 2}
    del s['b']
    return s

def popped():
    s = {'a': 1, 'b': 2}
    s.popitem()
    return s

def big_then_small():
    s = {i: i for i in range(12)}
    for i in range(11):
        del s[i]
    s2 = dict(s)
    return s2

clone_case('literal', lambda: {'a': 1})
clone_case('holes', holes)
clone_case('popped', popped)
clone_case('copy', lambda: {'a': 5}.copy())
clone_case('big_then_small', big_then_small)
clone_case('dict_call', lambda: dict(a=3))
clone_case('comprehension', lambda: {c: 1 for c in 'a'})

# {**d}, dict(d), d | e, d.copy() while another dict is iterated
def via(name, f):
    d = {'a': 0, 'b': 1}
    try:
        for k in d:
            del d[k]
            d.update(f())
        print(name, 'ok', d)
    except RuntimeError as e:
        print(name, 'RuntimeError', e, d)

via('star', lambda: {**{'a': 1}})
via('dictcall', lambda: dict({'a': 1}))
via('or', lambda: {'a': 1} | {'b': 2})
via('copy', lambda: {'a': 1, 'x': 3}.copy())

# Growth past the minimum table while iterating with equal-size churn.
d = {i: i for i in range(5)}
seen = []
try:
    for k in d:
        seen.append(k)
        if len(seen) > 30: break
        del d[k]
        d[k + 100] = k
except RuntimeError as e:
    print('churn', e)
print('churn', seen, list(d))

d = dict.fromkeys('abcdefg', 0)
seen = []
try:
    for k in d:
        seen.append(k)
        if len(seen) > 30: break
        d.pop(k)
        d[k * 2] = 1
except RuntimeError as e:
    print('fromkeys churn', e)
print('fromkeys churn', seen, list(d))

d = {}
for i in range(30):
    d[i] = i
    if i % 3 == 0:
        del d[i]
seen = []
try:
    for k in d:
        seen.append(k)
        if len(seen) > 60: break
        del d[k]
        d[-k - 1] = 0
except RuntimeError as e:
    print('holes churn', e)
print('holes churn', seen, list(d))

d = {'p': 1, 'q': 2, 'r': 3}
d.clear()
d.update({'x': 1})
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d.update({k: 2})
except RuntimeError as e:
    print('cleared', e)
print('cleared', seen, d)

d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
for r in range(6):
    if not d:
        break
    print('popitem', d.popitem())
    if r % 2 == 0:
        d['n' + str(r)] = r
    seen = []
    try:
        for k in d:
            seen.append(k)
            del d[k]
            d[k] = 0
    except RuntimeError as e:
        print('after popitem', e)
    print('after popitem', seen, d)

# A subclass that iterates its own way is merged through keys(), not cloned.
class Backwards(dict):
    def __iter__(self):
        return iter(list(dict.__iter__(self))[::-1])
    def keys(self):
        return list(self)

d = {'a': 0}
try:
    for k in d:
        del d['a']
        d.update(Backwards(a=1))
    print('subclass update ok', d)
except RuntimeError as e:
    print('subclass update', e, d)

d = {'a': 0}
try:
    for k in d:
        del d['a']
        d.update(Backwards(a=1, b=2))
        del d['b']
    print('subclass update 2 ok', d)
except RuntimeError as e:
    print('subclass update 2', e, d)

# A copy keeps the holes of a dict at most a third deleted.
src = {i: i for i in range(6)}
del src[0]
c = src.copy()
seen = []
try:
    for k in c:
        seen.append(k)
        del c[k]
        c[k] = k
except RuntimeError as e:
    print('copy holes', e)
print('copy holes', seen, c)

src = {i: i for i in range(6)}
for i in range(4):
    del src[i]
c = src.copy()
seen = []
try:
    for k in c:
        seen.append(k)
        del c[k]
        c[k * 10] = k
except RuntimeError as e:
    print('copy merged', e)
print('copy merged', seen, c)

d = {'q': 1}
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d = {**d, **{'q': 2}}
except RuntimeError as e:
    print('star', e)
print('star', seen, d)

e = {'a': 1}
try:
    for k in e:
        del e['a']
        e.update({**{'a': 2}})
    print('star update ok', e)
except RuntimeError as err:
    print('star update', err, e)

for n in (3, 6, 9):
    s = set(range(n))
    d = dict.fromkeys(s, 0)
    seen = []
    try:
        for k in d:
            seen.append(k)
            if len(seen) > 30: break
            del d[k]
            d[k + n] = 0
    except RuntimeError as err:
        print('fromkeys set', n, err)
    print('fromkeys set', n, seen, d)

# A literal of more than five entries starts with a bigger table.
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}
seen = []
try:
    for k in d:
        seen.append(k)
        if len(seen) > 30: break
        del d[k]
        d[k + k] = 0
except RuntimeError as err:
    print('literal7', err)
print('literal7', seen, d)

x = 1
d = {x: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8}
seen = []
try:
    for k in d:
        seen.append(k)
        if len(seen) > 30: break
        del d[k]
        d[-k] = 0
except RuntimeError as err:
    print('build_map8', err)
print('build_map8', seen, d)
