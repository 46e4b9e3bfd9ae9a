print('a€😀'.encode('utf-16'), 'a€😀'.encode('utf-16-le'), 'a€😀'.encode('utf-16be'), 'a😀'.encode('utf-32'), 'a😀'.encode('UTF-32-BE'))
print(ascii('a\ud800'.encode('utf-16', 'replace')), 'a\ud800'.encode('utf-16', 'surrogatepass'), ''.encode('u16'))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'), ascii(b'\x00\xd8a\x00'.decode('utf-16', 'replace')))
print(b'a\x00\x00\x00'.decode('utf-32'), b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'), ascii(b'\xfe\xff\x00a\xff\xfe'.decode('utf-16')))
print('héllo wörld 😀'.encode('utf-16').decode('utf-16'), 'x😀'.encode('utf-32-le').decode('utf-32-le'))
for data, enc in [(b'a\x00b', 'utf-16'), (b'\x00\xd8a\x00', 'utf-16'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'),
                  (b'a', 'utf-16-be'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'a\x00\x00', 'utf-32'), (b'\x00\xd8\x00\x00', 'utf-32-le')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
'a\ud800'.encode('utf-32')
