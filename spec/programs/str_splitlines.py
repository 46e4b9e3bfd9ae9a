s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n'
print(s.splitlines())
print(s.splitlines(True))
print('x\n\ny'.splitlines(keepends=True), ''.splitlines(), '\n'.splitlines(), 'abc'.splitlines(1))
print('a\nb'.splitlines(keepends=0))
try:
    'a'.splitlines(x=1)
except TypeError as e:
    print(e)
'a'.splitlines(True, False)
