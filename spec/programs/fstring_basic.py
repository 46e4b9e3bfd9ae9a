x = 3.14159
w, p = 10, 3
name = 'abc'
print(f'{x:{w}.{p}f}|{x:{w}.{p}}|{name!r:^{w}}|{name=}|{name = }|{name=!r:>8}|{x=:.2f}')
print(f'{1:>5}|{10:#x}|{1234567:,}|{-5:=+8}|{True}|{True:>5}|{None}|{[1, 2]}|{"é"!a}|{3+4}')
print(f"{'nested ' + f'{name}'}", f'{name}{{}}{name}', f'{ {"a": 1}["a"] }', f'{name:}', f'{1:{""}}')
print(f'{1+1 = }', f'{"x"=!s}', f'{3.0=:.2f}', f'{12:<{3}}|', f'{"abc":*^9}')
def width():
    print('width evaluated')
    return 6
print(f'{"v":>{width()}}')
print(f'{None:>5}')
