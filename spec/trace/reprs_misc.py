class Noisy:
    def __repr__(self):
        print('repr called')
        return 'Noisy()'

class Broken:
    def __repr__(self):
        raise RuntimeError('no repr')

n = Noisy()
b = Broken()
s = 'quote\'s "and" \n'
f = 1.5e300
big = 2 ** 100
d = {'a': [1, (2, 3)], 'b': None}
print('end')
