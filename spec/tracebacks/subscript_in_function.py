def f(d):
    return d["k"] * 2
f({})
