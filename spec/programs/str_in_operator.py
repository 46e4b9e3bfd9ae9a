# `in` between strings: plain, empty, astral characters and lone surrogates
# (half of a surrogate pair is not in the string), str subclasses, errors.
s = 'hello w\u00f6rld \U0001F600!'
print('' in s, 'wör' in s, 'xyz' in s, '\U0001F600' in s, '\U0001F600!' in s, 'o w' in s)
print('\ud83d' in s, '\ude00' in s, '\ud83d' in '\ud83d', '\ud800' in 'a\ud800b', 'a' in '\ud800a')
print([c for c in 'aeiouxyz' if c in 'banana split'], 'ana' in 'banana', '' in '')


class S(str):
    def __contains__(self, item):
        return item == 'magic'


print('magic' in S('nothing'), 'no' in S('nothing'), 'no' in str(S('nothing')))
for item in (1, None, b'a', ['a']):
    try:
        print(item in 'abc')
    except TypeError as e:
        print('TypeError:', e)
vowels = 'aeiou'
print(sum(1 for ch in 'the quick brown fox jumps over the lazy dog' if ch in vowels))
