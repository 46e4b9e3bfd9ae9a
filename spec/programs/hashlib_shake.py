import hashlib
for n in ['shake_128', 'shake_256']:
    for data in [b'', b'abc', b'q' * 200]:
        h = hashlib.new(n, data)
        print(n, len(data), h.hexdigest(40), h.digest(5), h.digest(0))
    h = getattr(hashlib, n)(b'x')
    c = h.copy()
    c.update(b'y')
    print(h.name, h.digest_size, h.block_size, type(h), type(c), c.hexdigest(8) == hashlib.new(n, b'xy').hexdigest(8))
h = hashlib.shake_128()
for bad in [lambda: h.hexdigest(-1), lambda: h.digest(), lambda: h.hexdigest(length=4), lambda: h.digest(1.5), lambda: h.hexdigest()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for name in ['shake128', 'SHAKE256', 'shake-128', 'SHAKE_128']:
    try:
        print(name, hashlib.new(name, b'z').hexdigest(6))
    except ValueError as e:
        print('ValueError', e)
