# CRUXEval-style list functions, each called on a few inputs, repeated.
def f_rotate_filter(nums, k):
    k = k % len(nums)
    rotated = nums[k:] + nums[:k]
    return [x for x in rotated if x % 3 != 0]


def f_insert_sorted(nums):
    out = []
    for x in nums:
        i = 0
        while i < len(out) and out[i] < x:
            i += 1
        out.insert(i, x)
    return out


def f_pairs(nums, target):
    seen = set()
    pairs = []
    for x in nums:
        if target - x in seen:
            pairs.append((target - x, x))
        seen.add(x)
    return sorted(pairs)


def f_chunks(items, n):
    return [sum(items[i:i + n]) for i in range(0, len(items), n)]


data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 12, 15, 11, 14, 13, 10]
acc = 0
for rep in range(45):
    a = f_rotate_filter(data, rep)
    b = f_insert_sorted(data[rep % 5:])
    c = f_pairs(data, 10 + rep % 7)
    d = f_chunks(data, 1 + rep % 4)
    acc = (acc * 17 + sum(a) + b[-1] + len(c) + max(d)) % 1000003
print(acc, f_rotate_filter(data, 3), f_insert_sorted(data), f_pairs(data, 13), f_chunks(data, 3))
