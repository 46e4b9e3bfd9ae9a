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

# Growth past the minimum table while iterating with equal-size churn, from
# dicts of several origins: a comprehension, fromkeys of a str and of a set,
# a dict with holes, a cleared one, a copy with holes kept or dropped, a
# literal of more than five entries (presized) and BUILD_MAP.
def replace_with(new_key):
    def body(d, k):
        del d[k]
        d[new_key(k)] = 0
    return body


def reinsert_update(d, k):
    del d[k]
    d.update({k: 2})


def with_holes():
    d = {}
    for i in range(30):
        d[i] = i
        if i % 3 == 0:
            del d[i]
    return d


def cleared():
    d = {'p': 1, 'q': 2, 'r': 3}
    d.clear()
    d.update({'x': 1})
    return d


def copied(deleted):
    d = {i: i for i in range(6)}
    for i in range(deleted):
        del d[i]
    return d.copy()


x = 1
run('churn', {i: i for i in range(5)}, replace_with(lambda k: k + 100))
run('fromkeys churn', dict.fromkeys('abcdefg', 0), replace_with(lambda k: k * 2))
for n in (3, 6, 9):
    run('fromkeys set %d' % n, dict.fromkeys(set(range(n)), 0), replace_with(lambda k, n=n: k + n))
run('holes churn', with_holes(), replace_with(lambda k: -k - 1))
run('cleared', cleared(), reinsert_update)
run('copy holes', copied(1), replace_with(lambda k: k))
run('copy merged', copied(4), replace_with(lambda k: k * 10))
run('literal7', {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}, replace_with(lambda k: k + k))
run('build_map8', {x: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8}, replace_with(lambda k: -k))

# popitem leaves its slot to the next insertion.
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
for r in range(6):
    if not d:
        break
    print('popitem', d.popitem())
    if r % 2 == 0:
        d['n' + str(r)] = r
    run('after popitem', d, replace_with(lambda k: k))


# A subclass that iterates its own way is merged through keys(), not cloned.
class Backwards(dict):
    def __iter__(self):
        return iter(list(dict.__iter__(self))[::-1])

    def keys(self):
        return list(self)


def update_from(make):
    def body(d, k):
        del d[k]
        d.update(make())
        d.pop('b', None)
    return body


run('subclass update', {'a': 0}, update_from(lambda: Backwards(a=1)))
run('subclass update 2', {'a': 0}, update_from(lambda: Backwards(a=1, b=2)))
run('star', {'q': 1}, update_from(lambda: {**{'q': 2}}))
run('star update', {'a': 1}, update_from(lambda: {**{'a': 2}}))
