# Allocations CPython refuses with MemoryError must fail the same way in etpy.
for make in (lambda: 'a' * 10**12, lambda: [0] * 10**11, lambda: list(range(10**10)), lambda: (1, 2) * 10**12):
    try:
        make()
    except MemoryError as e:
        print('MemoryError', repr(e))
print('a' * 0, [0] * -5, (1,) * 3)
