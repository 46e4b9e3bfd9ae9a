class Holder:
    pass

h = Holder()
h.it = (x for x in range(3))
print(next(h.it))
print(next(h.it))
