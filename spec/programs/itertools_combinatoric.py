from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product('ab', [])))
print(len(list(product(range(3), repeat=3))), list(product('x', 'yz', repeat=2))[:3], list(product(repeat=0)))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(permutations([1, 1, 2])), list(permutations('abcd', 0)), len(list(permutations(range(6)))))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('a', 0)))
print(list(combinations_with_replacement(range(2), 3)), list(permutations(iterable='xy', r=1)))
best = max(permutations([3, 1, 2]), key=lambda p: p[0] * 100 + p[1] * 10 + p[2])
print(best, sum(1 for _ in combinations(range(10), 4)))
