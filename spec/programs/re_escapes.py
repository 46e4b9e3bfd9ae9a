import re
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l'))
print(re.escape('hello world\t\n#&~-_é'), re.escape(''))
print(re.match(re.escape('1+1=2'), '1+1=2'))
print(re.findall(r'\x41\u0042\U00000043\101\0', 'ABCA\x00'))
print(re.match(r'\.\*\\', '.*\\'), re.match('\\n', '\n'), re.match(r'\n', '\n'), re.match(r'\a\f\v', '\a\f\v'))
print(re.match(r'\-\ \#\&', '- #&'))
