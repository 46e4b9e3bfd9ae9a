# Iterating strs: ASCII, non-ASCII in the BMP, astral characters and lone surrogates; the iterator's type and exhaustion.
for s in ['', 'abc', 'héllo wörld', 'привет', 'a\U0001F600b', '\ud800x', 'x' * 3]:
    it = iter(s)
    chars = [c for c in it]
    print(type(it).__name__, len(chars), [ord(c) for c in chars], next(it, 'done'), list(it))
    print(''.join(reversed(chars)) == s[::-1], sorted(s) == sorted(list(s)))
it = iter('héllo')
print(next(it), next(it), ''.join(it), next(it, None))
