cases = ['{}{1}', '{1}{}', '{2}', '{}', '{a}', '{', '}', '{0!x}', '{0!}', '{0!rr}', '{0:{1:{2}}}', '{0:{1:{2:{3}}}}',
         '{0.}', '{0[}', '{0[0]x}', '{0.a.b}', '{0 }', '{ 0}', '{0]', '{0[0}', '{0:x}}', '{a{b}', '{0!r', '{0:',
         '{!é}', '{!\x01}', '{}{}', '{10000000000000000000000}', '{0:10000000000000000000000}', '{0[0]}', '{0:d}']
for fmt in cases:
    try:
        print(repr(fmt), repr(fmt.format(1, 2, 3)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for fmt, arg in [('{0}', {}), ('{}', {'': 1}), ('{x}', 1), ('{x}', {})]:
    try:
        print(fmt.format_map(arg))
    except (ValueError, TypeError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
'{0} {1}'.format('only')
