# etpy's repr cache looks only at a dict's new entries while the dict says
# nothing else changed; every other change must still show in the trace.
def grow_and_rewrite():
    d = {}
    for i in range(6):
        d[i] = i * i
    d[2] = -1
    d[2] += 1
    d.setdefault(9, 'nine')
    d.setdefault(2, 'kept')
    d.pop(0)
    d.popitem()
    d.update({1: 'one', 7: 'seven'})
    d |= {8: 8}
    d.clear()
    d['again'] = 1
    return d

def compaction():
    d = {k: k for k in range(40)}
    for k in range(0, 40, 2):
        del d[k]
    d[100] = 100
    for k in range(1, 20, 2):
        d[k] = str(k)
    return len(d)

def nested_values():
    inner = [1]
    d = {'a': inner, 'b': 2}
    inner.append(2)
    d['c'] = 3
    inner[0] = 'x'
    d['a'] = [1, 2]
    e = {'t': (1, 2), 'f': 1.5}
    e['g'] = None
    e['f'] = 2.5
    return d, e

def same_text_other_object():
    d = {'x': 1000}
    d['x'] = int('1000')
    d['y'] = 'a' + 'b'
    d['y'] = 'ab'
    return d

def string_keys():
    counts = {}
    for word in 'the cat and the hat and the bat'.split():
        counts[word] = counts.get(word, 0) + 1
    return counts

grow_and_rewrite()
compaction()
nested_values()
same_text_other_object()
string_keys()
g = {}
for n in range(5):
    g[n] = n
    g[n % 2] = 'p'
