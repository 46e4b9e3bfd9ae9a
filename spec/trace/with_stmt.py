class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et)
        return et is ValueError

with CM('a') as c:
    x = 1
with CM('b'):
    raise ValueError('v')
print('after')
