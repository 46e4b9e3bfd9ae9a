print(b'%d %s' % (5, b'x'), b'%r' % 'x', b'%a' % 'é', b'%x' % 255, b'%c' % 65, b'%c' % b'A', b'%5.2f' % 3.14159)
print(b'%(a)s' % {b'a': b'v'}, b'%b' % b'x', b'%s' % bytearray(b'q'), bytearray(b'%d') % 5, b'abc' % (), b'%r' % b'x', b'%.1s' % b'abc')
print(b'%5s|%-5s|' % (b'a', b'b'), b'%i' % 3.5, b'%c' % True, b'x' % [1], b'x' % {})
class WB:
    def __bytes__(self):
        return b'wb'
print(b'<%s>' % WB())
for f in [lambda: b'%s' % 'x', lambda: b'%f' % 'a', lambda: b'%d' % 'a', lambda: b'%i' % 'a', lambda: b'%x' % 1.5,
          lambda: b'%c' % 256, lambda: b'%c' % 'a', lambda: b'%s %s' % (b'a', b'b', b'c'), lambda: b'%.99999999999f' % 1,
          lambda: b'%q' % 1, lambda: b'%(a)s' % {'a': b'x'}, lambda: b'x' % b'y', lambda: b'%s %s' % (b'a',)]:
    try:
        f()
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
