def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * z, z / 2, z - 1, -z, 1j ** 2, (1+2j) * (3-1j))
print(complex(1, 2), complex('1+2j'), complex(' 3j '), complex('-1.5-2.5j'), complex(2), complex(), complex('(1+1j)'))
print(1j, -1j, 0j, 2 + 0j, complex(-0.0, -0.0), complex(float('inf'), float('nan')), 1e20j)
print(z == 3 + 4j, z != 5, (1 + 0j) == 1, hash(1 + 0j) == hash(1), hash(3 + 4j))
t(lambda: complex('abc'))
t(lambda: z < z)
t(lambda: 1 / 0j)
t(lambda: int(z))
t(lambda: z // 2)
print(type(z).__name__, isinstance(z, complex), bool(0j), bool(1j), z ** 2, 2 ** (1j * 0))
