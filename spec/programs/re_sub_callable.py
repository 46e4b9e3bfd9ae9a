import re
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c'))
print(re.sub(r'\w+', lambda m: m.group().upper() if len(m.group()) > 2 else None, 'ab cde f'))
def repl(m):
    print('called', m.span(), m.pos, m.endpos)
    return '_'
print(re.sub('o', repl, 'foo'))
print(re.subn(r'(\w)(\w)', lambda m: m.group(2) + m.group(1), 'abcde'))
re.sub('a', lambda m: 5, 'xa')
