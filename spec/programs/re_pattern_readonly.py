import re
p = re.compile('(?P<x>a)')
for name in ['pattern', 'flags', 'groups', 'groupindex']:
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, 'AttributeError', e)
print(p.pattern, p.flags, p.groups, p.groupindex)
re.Pattern('a')
