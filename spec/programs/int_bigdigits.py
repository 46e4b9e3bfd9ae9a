def t(f):
    try:
        r = f()
        print(repr(r) if len(repr(r)) < 200 else len(repr(r)))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 10 ** 4299)
t(lambda: str(10 ** 4300))
t(lambda: repr(-10 ** 5000))
t(lambda: int('1' * 4300))
t(lambda: int('1' * 4301))
t(lambda: int('0x' + 'f' * 5000, 16) > 0)
t(lambda: hex(2 ** 20000)[:10])
t(lambda: f'{10 ** 5000}')
t(lambda: f'{10 ** 5000:x}'[:5])
t(lambda: len(str(2 ** 14000)))
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
t(lambda: str(10 ** 5000))
t(lambda: sys.set_int_max_str_digits(100))
