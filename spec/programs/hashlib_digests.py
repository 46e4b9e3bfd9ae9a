import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'x' * 112, bytes(range(200))]:
        print(name, len(data), hashlib.new(name, data).hexdigest())
print(hashlib.md5(b'Hello world').hexdigest())
print(hashlib.sha256('héllo'.encode()).digest())
