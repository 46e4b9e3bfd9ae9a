def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1

def first_even(xs):
    i = 0
    while i < len(xs):
        if xs[i] % 2 == 0:
            return xs[i]
        i += 1

print(find([4, 5, 6], 5), find([1], 9), first_even([1, 3, 4, 5]))
