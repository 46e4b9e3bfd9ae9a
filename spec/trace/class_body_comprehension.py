class Table:
    size = 3
    rows = [i * 2 for i in range(size)]
    names = {n: len(n) for n in ('a', 'bb')}
    def total(self):
        return sum(self.rows)

print(Table().total(), Table.names)
