def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f3())
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f4())
def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out"
print(f5())
def f6(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally")
print(f6(2))
print(f6(0))
def f7():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                return i
        finally:
            if i == 2:
                continue
            print("fin", i)
print(f7())
def f8():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
f8()
def f9():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else ran")
f9()
