class F:
    def __format__(self, spec):
        return '<' + spec + '>'
    def __repr__(self):
        return 'Frepr'
    def __str__(self):
        return 'Fstr'
class I(int):
    def __str__(self):
        return 'I!'
class Fl(float):
    def __str__(self):
        return 'F!'
print(f'{F()}', f'{F():xyz}', f'{F()!r}', f'{F()!s:>6}', f'{F()!a}', f'{F():{3}.{2}}')
print(f'{I(3)}', f'{I(3):}', f'{I(3):d}', format(I(3)), '{}'.format(I(3)), f'{Fl(1.5)}', f'{Fl(1.5):.1f}', format(Fl(2.0), ''))
print(format(F(), 'q'), '{:abc}'.format(F()), '{!r}'.format(F()), '{0:{1}}'.format(F(), 'zz'))
class Bad:
    def __format__(self, spec):
        return 1
class NoFmt:
    __format__ = None
for f in [lambda: f'{Bad()}', lambda: format(NoFmt()), lambda: format(1, 1), lambda: format(),
          lambda: format(1, 'd', 2), lambda: (1).__format__(1), lambda: 'a'.__format__(2)]:
    try:
        f()
    except TypeError as e:
        print(e)
f'{object():x}'
