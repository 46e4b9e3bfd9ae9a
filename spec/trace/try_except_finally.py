def risky(v):
    try:
        r = 10 // v
    except ZeroDivisionError as e:
        r = -1
    else:
        r += 1
    finally:
        print('finally', v)
    return r

print(risky(2), risky(0))
try:
    raise KeyError('k')
except (TypeError, KeyError):
    print('caught')
try:
    try:
        [][1]
    finally:
        print('inner finally')
except IndexError as err:
    print('outer', err)
