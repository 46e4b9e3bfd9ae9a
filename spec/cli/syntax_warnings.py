# SyntaxWarnings python3 prints when it compiles this file (spec/cli/cli.test.ts compares stderr).
import re
print(re.findall("\d+", "a1b22"))
x = 5
print(x is 5, x is not 'a', x is None, x is (), x is (1, 2), x is ...)
print((x)is 5, [x]is[1])
s = """multi
line \q escape"""
f = f"\w{x}"
b = b"\p"
y = 1 if x is 2.5 else 0
def g():
    return x is -1
print('\400' if False else 'ok', "\8")
print(1if x else 2, [0x1for _ in[1]], 0o7and 1, 1.5or 2, "\q" if 1else 2, 1if "\y" else 2, 1not in[2], 1jif 1 else 2)
