import hashlib
for ctor in (hashlib.blake2b, hashlib.blake2s):
    for data in [b'', b'abc', b'z' * 64, b'z' * 65, b'z' * 128, b'z' * 129, bytes(range(256))]:
        print(ctor.__name__, len(data), ctor(data).hexdigest())
    print(ctor(b'abc', digest_size=16).hexdigest(), ctor(b'abc', key=b'secret').hexdigest())
    print(ctor(b'abc', salt=b'salty', person=b'me').hexdigest(), ctor(b'', key=b'k').hexdigest())
    print(ctor(b'abc', fanout=2, depth=3, leaf_size=7, node_offset=5, node_depth=1, inner_size=4, last_node=True).hexdigest())
    h = ctor(b'part1', digest_size=20)
    c = h.copy()
    c.update(b'part2')
    print(h.name, h.digest_size, h.block_size, type(h), c.digest() == ctor(b'part1part2', digest_size=20).digest())
    print(ctor.SALT_SIZE, ctor.PERSON_SIZE, ctor.MAX_KEY_SIZE, ctor.MAX_DIGEST_SIZE, hashlib.new(ctor.__name__, b'q').hexdigest())
for bad in [lambda: hashlib.blake2b(digest_size=0), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b'k' * 65),
            lambda: hashlib.blake2b(salt=b's' * 17), lambda: hashlib.blake2b(person=b'p' * 17), lambda: hashlib.blake2s(key=b'k' * 33),
            lambda: hashlib.blake2s(salt=b's' * 9), lambda: hashlib.blake2b('x'), lambda: hashlib.blake2b(b'a', b'b'),
            lambda: hashlib.blake2b(data=b'x'), lambda: hashlib.blake2b(foo=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
