def comps(data):
    squares = [x * x for x in data if x % 2]
    pairs = [(a, b) for a in data for b in data if a < b]
    unique = {x % 3 for x in data}
    index = {k: v for k, v in enumerate(data)}
    lazy = (x + 1 for x in data)
    nested = [[y for y in range(x)] for x in data]
    return squares, pairs, unique, index, sum(lazy), nested


def closure_in_comp(n):
    fs = [lambda: i for i in range(n)]
    return [f() for f in fs]


module_level = [c.upper() for c in 'abc']
gen_exp = sum(x for x in range(10))
