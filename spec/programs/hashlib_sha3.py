import hashlib
for n in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    for data in [b'', b'abc', b'a' * 135, b'a' * 136, b'a' * 137, bytes(range(256)) * 2]:
        print(n, len(data), hashlib.new(n, data).hexdigest())
    h = getattr(hashlib, n)(b'part1')
    h.update(b'part2')
    print(h.name, h.digest_size, h.block_size, h.hexdigest() == hashlib.new(n, b'part1part2').hexdigest(), getattr(hashlib, n))
for name in ['SHA3_256', 'Sha256', 'SHA1', 'sha-256', 'shake_128x']:
    try:
        print(hashlib.new(name, b'x').hexdigest())
    except ValueError as e:
        print('ValueError', e)
for name in ['sha-256', 'SHA2-256', 'SHA-1', 'SHA3-256', 'sha3-512', 'sha-224', 'SHA-384', 'md4']:
    try:
        h = hashlib.new(name, b'x')
        print(name, h.name, h.hexdigest())
    except ValueError as e:
        print('ValueError', e)
