class Ix:
    def __index__(self):
        return 65
    def __repr__(self):
        return 'Ix()'
class In:
    def __int__(self):
        return 7
class Fl:
    def __float__(self):
        return 2.5
class I2(int):
    pass
class F2(float):
    pass
class Dm(dict):
    def __missing__(self, k):
        return '?' + k
print('%c %x %d %f %s %r' % (Ix(), Ix(), Ix(), Ix(), Ix(), Ix()))
print('%d %f' % (In(), Fl()), '%e' % Fl(), '%d' % F2(1.5), '%.1f' % F2(1.25), '%r' % F2(2.0))
print('%d %x %s %c' % (I2(5), I2(255), I2(5), I2(65)))
print('%(x)s %(y)s' % Dm(y='yes'))
for f in [lambda: '%x' % In(), lambda: '%f' % In(), lambda: '%d' % Fl(), lambda: '%c' % In()]:
    try:
        f()
    except TypeError as e:
        print(e)
