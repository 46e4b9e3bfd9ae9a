import string
from string import Template

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords('hello   wORLD  foo'), string.capwords(' a-b c-d ', '-'), repr(string.capwords('')))
t = Template('$who likes $what; ${who}s cost $$5 each')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bo'))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
bad = Template('cost: $ 5\nline2 $')
print(bad.is_valid(), bad.safe_substitute())
for tpl in ['cost: $ 5', 'a\nbb $1', '$', 'x ${bad', '${9}']:
    try:
        Template(tpl).substitute({})
    except ValueError as e:
        print('ValueError', e)
print(Template('$a$b${c}d $_x9 $$a').substitute(a=1, b=2.5, c=None, _x9=[1]))
print(Template('${a}${b}').safe_substitute(a='A'))

class Pct(Template):
    delimiter = '%'

print(Pct('%who is %% and %{x}').substitute(who='me', x=3))
print(type(t).__name__, Template.__module__)
