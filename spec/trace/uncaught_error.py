def inner(d):
    return d['missing']

def outer():
    data = {'k': 1}
    return inner(data)

outer()
