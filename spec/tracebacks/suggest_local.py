def f():
    lenn = 1
    return len_
f()
