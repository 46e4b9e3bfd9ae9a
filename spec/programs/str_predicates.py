tests = ['abc', '', '123', '½', '²', '٣', '\u2160', ' \t', '\xa0', '\u200b', '\x1c', 'abc\x00', 'é', 'a b', '_x1', '1x', '℘', 'aé', '\u0300a', '\U0001D7CE']
for s in tests:
    print(repr(s), s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isprintable(), s.isascii(), s.isidentifier(), s.isupper(), s.islower(), s.istitle())
'x'.isdigit(1)
