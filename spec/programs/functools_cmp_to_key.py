from functools import cmp_to_key

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words, key=cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
nums = [3, 30, 34, 5, 9]
print(''.join(sorted(map(str, nums), key=cmp_to_key(lambda a, b: cmp(b + a, a + b)))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1), K(5) > K(1), K(1) >= K(2), K(4).obj)
print(max([1, 5, 2], key=cmp_to_key(cmp)), min('bca', key=cmp_to_key(cmp)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: hash(K(1)))
show(lambda: K(1) < 2)
show(lambda: sorted([1, 'a'], key=cmp_to_key(cmp)))
