class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

for v in Count(2):
    print(v)

def g():
    yield 1
    return 7

for v in g():
    print(v)
print(list(Count(3)))
