import re
bad = ['(', 'a)', '*', 'a**', '[a', '\\q', '[z-a]', '(?<x', '(?P<1>a)', '(?P=x)', '\\5', 'a{3,2}', '(?z)',
       'a(?i)b', '(?', '(?P', '(?P<a>x)(?P<a>y)', '(a\n(b', '\\', '(?i', '[\\d-z]', '(?#abc', '\\x1', '\\777',
       '(?-i)', '(?i-i:a)', '(?L)', '(?P<>a)', '(?P<a', '(?(1)a|b)', 'a|*', '(?<=a+)b', '(?<!a|bc)', '^*', 'x++*',
       '(?P<a-b>x)', '[\\9]', '\\u12', '(?x)\\d|(?>\\b {2})', '(a)(?<=\\1)', '(?<=(a)\\1)b', '(?ia)', '(?i-:a)',
       '(?a-a:b)', ')(', '[]', '[^]', 'a{1,2', '(?P>a)', '(?Px)', '(?(a)b)', '(?(0)b)', '(?(-1)b)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
