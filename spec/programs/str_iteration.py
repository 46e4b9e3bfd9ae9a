for ch in 'héllo😀':
    print(ch, ord(ch))
it = iter('ab')
print(type(it).__name__, type(iter('é')).__name__, next(it), next(it), next(it, 'done'))
print(list(reversed('abc')), list(enumerate('xy')), [c * 2 for c in 'ab'], ''.join(sorted('cab')))
print(dict.fromkeys('aab'), tuple('xyz'), set('aa'))
