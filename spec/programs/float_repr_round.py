vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e22, 1e23, 1.5e-7, 123456789.123, 1e16, 9999999999999998.0, 0.000001, 0.0000001, 1e-5, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, -0.0, 100.0, 1e100, 3.141592653589793, 2.718281828459045, 0.1 + 0.2, 1.1 * 3, 4.35, 4.345, 2.675, 1.005]
for v in vals:
    print(repr(v), str(v), v.hex(), v.is_integer(), round(v, 2), round(v, 5), round(v), hash(v) % 1000003, v.as_integer_ratio()[1] % 1000, f'{v:g}', f'{v:.3e}', f'{v:.10g}', f'{v:f}'[:30])
print(float('1e-400'), float('-1e400'), float('  -0.0  '), float('1_000.000_1'), float('.5'), float('5.'), float('0x10') if False else 0, float('nan') != float('nan'))
for s in ['1__0', '_1', '1_', '1e', 'e5', '0x10', '1.5e+', 'infinit', '--1', '1 0', '١٢٣', 'NaN', '-nan', '+inf', 'INFINITY']:
    try:
        print(s, float(s))
    except ValueError as e:
        print(s, e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(4.5), round(1e15 + 0.5), round(2**52 + 0.5), round(-2.5e-10))
print(round(1.23456, 3), round(-1.23456, 3), round(1.5, -1), round(15.0, -1), round(25.0, -1), round(35.0, -1), round(150.0, -2), round(250.0, -2), round(1e300, -300), round(1.0, 400), round(1.0, -400))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, 0.3 % 0.1, 1e300 % 3.0, -1e-300 % 1.0, 5.0 % float('inf'), -5.0 % float('inf'), float('inf') // 1 if False else 1)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), divmod(7, 0.5), divmod(-7.25, 0.5), 2.0 ** 1023 * 2 / 2, 1e308 + 1e308, -1e308 * 10, float('inf') - float('inf'), float('inf') * 0)
print(1.0 == 1, 0.5 < 1, float('inf') > 10**1000, float('-inf') < -10**1000, float('nan') == 0, 1e-320 > 0, 1e-330 == 0, 2.0 ** -1074, 2.0 ** -1075)
