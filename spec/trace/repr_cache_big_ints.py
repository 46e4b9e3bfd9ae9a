# Full-state traces reuse a container's repr while its items are unchanged
# (etpy's repr cache); ints past 2**53 are cached too, while their decimal
# text is within sys.get_int_max_str_digits(). A lowered limit must show in
# containers whose repr was made under the old one (as repr() raises).
import sys


def bell(n):
    rows = [[0] * (n + 1) for _ in range(n + 1)]
    rows[0][0] = 1
    for i in range(1, n + 1):
        rows[i][0] = rows[i - 1][i - 1]
        for j in range(1, i + 1):
            rows[i][j] = rows[i - 1][j - 1] + rows[i][j - 1]
    return rows[n][0]


def limit_changes():
    big = [10 ** 700, -(10 ** 639), {2 ** 64: (2 ** 70, -2 ** 80)}]
    nested = [big, [10 ** 20]]
    sys.set_int_max_str_digits(640)
    big.append(1)
    sys.set_int_max_str_digits(700)
    x = 10 ** 699
    sys.set_int_max_str_digits(0)
    y = 10 ** 5000
    sys.set_int_max_str_digits(4300)
    del y
    nested[1][0] += 1
    return len(big)


print(bell(24))
print(limit_changes())
