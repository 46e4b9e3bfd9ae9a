print(b'  ab  '.strip(), b'\x1cab\x1c'.strip(), b'xxabxx'.strip(b'x'), b'xxabxx'.lstrip(b'x'), b'xxabxx'.rstrip(b'x'), b'ab'.strip(None))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'aaa'.replace(b'', b'-'), b'hello'.removeprefix(b'he'), b'hello'.removesuffix(b'lo'))
print(b'Hello World'.upper(), b'Hello World'.lower(), b'hello world'.title(), b'hello world'.capitalize(), b'Hello'.swapcase(), b'\xe9a'.upper())
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b'\x1c'.isspace(), b'ABC'.isupper(), b'abc'.islower(),
      b'Ab Cd'.istitle(), b'\x80'.isascii(), b''.isalpha())
print(b'ab'.center(6), b'ab'.center(6, b'*'), b'ab'.ljust(5, b'-'), b'ab'.rjust(5), b'-42'.zfill(6), b'a\tb'.expandtabs(), b'a\tb'.expandtabs(4))
t = bytes.maketrans(b'ab', b'xy')
print(len(t), b'abc'.translate(t), b'abc'.translate(None, b'b'), b'abc'.translate(None), bytearray(b'abc').upper())
for f in [lambda: b'ab'.strip('a'), lambda: b'aaa'.replace('a', 'b'), lambda: b'ab'.center(6, '*'), lambda: b'ab'.center(6, b'**'),
          lambda: b'abc'.translate(b'x'), lambda: bytes.maketrans(b'a', b'bc'), lambda: b'x'.isalpha(1), lambda: b'x'.upper(x=1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
