def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif 0 < n < 10 and n % 2 == 0:
        return 'small even'
    else:
        return 'other'


def loops(items):
    total = 0
    for i, item in enumerate(items):
        if item is None:
            continue
        if item > 100:
            break
        total += item
    else:
        total = -total
    while total > 10:
        total //= 2
    return total


def nested(rows):
    out = []
    for row in rows:
        for cell in row:
            if not cell:
                break
            out.append(cell)
    return out


def ternaries(a, b):
    return a if a > b else b, not a, a or b, a and b


def assertions(x):
    assert x, 'x must be truthy'
    assert isinstance(x, int)
    return x
