class F2(float): pass
class I2(int): pass
class S(str): pass
d = {1.5: 'a', 2: 'b', 'c': 'c'}
print(d[F2(1.5)], d[I2(2)], d[S('c')], F2(1.5) in {1.5}, {F2(2.0): 1}[2], {I2(7): 1}[7.0])
print(hash(F2(1.5)) == hash(1.5), hash(object) == hash(object), len({S('a'), 'a'}), len({I2(1), 1, True, 1.0, F2(1.0)}))
class H(str):
    def __hash__(self): return 7
    def __eq__(self, o): return True
print({H('x'): 1}.get('x'), {'x': 1}.get(H('y')))
