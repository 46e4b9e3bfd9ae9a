def f(x):
    return 1 / x
result = [f(i) for i in range(3, -1, -1)]
