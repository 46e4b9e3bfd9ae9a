# Full-state traces repr every local at every event; etpy reuses a container's
# repr while its items are unchanged. Every kind of change must show.
class Loud:
    calls = 0
    def __repr__(self):
        Loud.calls += 1
        return f"Loud({Loud.calls})"

class MyList(list):
    def __repr__(self):
        return "MyList" + super().__repr__()

def mutate_lists():
    xs = [1, 2, 3]
    xs.append(4)
    xs[0] = 10
    xs.insert(0, 0)
    xs.pop()
    xs.sort(reverse=True)
    xs.reverse()
    xs.extend([7, 7])
    del xs[1:3]
    xs[1:1] = ["a", "b"]
    xs += [2.5, None, True]
    xs.clear()
    xs.append(-1)
    return xs

def nested():
    inner = [1]
    outer = [inner, (inner, 2), {"k": inner}]
    inner.append(2)
    inner[0] = "x"
    t = (inner,)
    inner.pop()
    deep = [[[[1]]]]
    deep[0][0][0].append(2)
    same = [inner, inner]
    inner.append(3)
    return outer, t, deep, same

def dicts_and_sets():
    d = {"a": 1}
    d["b"] = 2
    d["a"] = 3
    del d["a"]
    d["a"] = 4
    d.update(c=[5])
    d["c"].append(6)
    s = {3, 1}
    s.add(2)
    s.discard(3)
    s |= {10, 20}
    f = frozenset(s)
    s.clear()
    empty = set()
    return d, f, empty

def cycles_and_others():
    c = [1]
    c.append(c)
    c.append(2)
    loud = [Loud()]
    loud.append(1)
    m = MyList([1, 2])
    m.append(3)
    big = [2 ** 100, 1.5, "q\"uote'", "é\u2028"]
    big.append(-0.0)
    return len(c), Loud.calls

def grow(n):
    acc = []
    text = ""
    for i in range(n):
        acc.append(i * i)
        text += str(i)
    return acc, text

mutate_lists()
nested()
dicts_and_sets()
cycles_and_others()
grow(30)
