print('abc'.encode(), 'é'.encode(), 'é'.encode('latin-1'), 'é'.encode('ascii', 'replace'))
print('é€'.encode(encoding='utf-8', errors='strict'), '€x€'.encode('latin-1', 'xmlcharrefreplace'))
print('€'.encode('ascii', 'backslashreplace'), 'x\udcff'.encode('utf-8', 'surrogateescape'), 'é'.encode('UTF8'))
print('é'.encode('utf-8', 'unknown-handler-unused'))
for call in [lambda: 'é'.encode('ascii'), lambda: 'abc€€d'.encode('ascii'), lambda: 'é'.encode('bogus'),
             lambda: 'x\udcff'.encode(), lambda: 'a'.encode(1), lambda: 'a'.encode('utf-8', 1),
             lambda: 'a'.encode(x=1), lambda: 'a'.encode('a', 'b', 'c'), lambda: 'é'.encode('ascii', 'nope')]:
    try:
        call()
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.args, e.encoding, e.object, e.start, e.end, e.reason)
