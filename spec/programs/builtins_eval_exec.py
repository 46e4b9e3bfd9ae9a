print(eval('1 + 2'), eval('  x * 2', {'x': 5}), eval('[i*i for i in range(y)]', {'y': 4}))
g = {}
exec('a = 1\nb = a + 1\ndef f(): return a + b\nc = f()', g)
print(sorted(k for k in g if k != '__builtins__'), g['c'])
def h():
    z = 10
    return eval('z + 1')
print(h())
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e, e.msg, e.lineno, e.filename)
try:
    exec('1 +')
except SyntaxError as e:
    print(type(e).__name__, e, e.lineno, e.offset, repr(e.text))
l = {}
exec('q = 5', None, l)
print(l)
code = compile('3 * 4', 'f', 'eval')
print(eval(code))
exec(compile('print("hi")', 'x', 'exec'))
print(eval('lambda v: v + 1')(2))
