cases = [("'%s %s' % ('a',)", lambda: '%s %s' % ('a',)),
         ("'%s' % ('a', 'b')", lambda: '%s' % ('a', 'b')),
         ("'%d' % 'a'", lambda: '%d' % 'a'),
         ("'%x' % 1.5", lambda: '%x' % 1.5),
         ("'%f' % 'a'", lambda: '%f' % 'a'),
         ("'%c' % 'ab'", lambda: '%c' % 'ab'),
         ("'%c' % 0x110000", lambda: '%c' % 0x110000),
         ("'%c' % 1.5", lambda: '%c' % 1.5),
         ("'%z' % 1", lambda: '%z' % 1),
         ("'%' % ()", lambda: '%' % ()),
         ("'%(a' % {'a': 1}", lambda: '%(a' % {'a': 1}),
         ("'%(a)s' % {'b': 1}", lambda: '%(a)s' % {'b': 1}),
         ("'%(a)s' % 5", lambda: '%(a)s' % 5),
         ("'%*s' % ('a', 'b')", lambda: '%*s' % ('a', 'b')),
         ("'%d' % None", lambda: '%d' % None),
         ("'%d' % float('nan')", lambda: '%d' % float('nan')),
         ("'%d' % float('inf')", lambda: '%d' % float('inf')),
         ("'%s %s' % {'a': 1}", lambda: '%s %s' % {'a': 1}),
         ("'abc' % 5", lambda: 'abc' % 5),
         ("'%(x)s %s' % {'x': 1}", lambda: '%(x)s %s' % {'x': 1}),
         ("'%d' % [1]", lambda: '%d' % [1]),
         ("'%.2f' % '1'", lambda: '%.2f' % '1'),
         ("'%b' % 1", lambda: '%b' % 1),
         ("'%d' % 1j", lambda: '%d' % 1j)]
for text, f in cases:
    try:
        print(text, '->', repr(f()))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(text, '->', type(e).__name__, e)
'%s and %s' % ('only one',)
