for s in ['hello world', "they're bill's", 'HELLO', 'ǈemal', 'ﬃ x', 'Straße', 'ΣΑΣ ΟΔΟΣ', '1a2b', 'ŉ']:
    print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())
print('ǅ'.isupper(), 'ǅ'.istitle(), 'ǅ'.islower(), 'Ab Cd'.istitle(), 'A1'.isupper(), '1'.isupper())
try:
    'a'.upper(1)
except TypeError as e:
    print(e)
'a'.lower(x=1)
