from array import array
def zero_count(nums):
    n = len(nums)
    n1 = 0
    for x in nums:
        if x == 0:
            n1 += 1
    return round(n1/n,2)
print(zero_count(array('i', [0, 1, 2, -1, -5, 6, 0, -3, -2, 3, 4, 6, 8])))
print(zero_count([2, 4, -6, -9, 11, -12, 14, -5, 17]))
