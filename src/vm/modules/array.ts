// array: typed arrays of numbers (and 'u' characters) written in Python over a
// list of already-converted items. Conversions check the C ranges in the order
// CPython's setitem functions do, so overflow messages match ("signed char is
// greater than maximum", "Python int too large to convert to C long"); 'f'
// items are rounded to float32 on the way in. Byte images are little-endian
// (like CPython on x86-64); 'u' items are 4 bytes (wchar_t on Linux).
// buffer_info() reports id(self) as the address. Iterators are list iterators.
import { registerModule, registerPythonModule } from '../import.js';
import { makeStdlibNative } from './stdlib-native.js';

const arraySource = (): string => String.raw`
from _etpy_stdlib import fround as _fround, pack_float as _pack_float, unpack_float as _unpack_float, set_tp_name as _set_tp_name, pack_items as _pack_items, unpack_items as _unpack_items
from operator import index as _index

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = {'b': True, 'B': False, 'h': True, 'H': False, 'i': True, 'I': False, 'l': True, 'L': False, 'q': True, 'Q': False}


def _c_long(v):
    if v < -9223372036854775808 or v > 9223372036854775807:
        raise OverflowError('Python int too large to convert to C long')


def _ssize(i):
    i = _index(i)
    if not -9223372036854775808 <= i <= 9223372036854775807:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return i


# machine format codes of the pickled form (little-endian x86-64)
_MFORMAT = {'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10, 'q': 12, 'Q': 10, 'f': 14, 'd': 16}


def _array_reconstructor(cls, typecode, mformat_code, items):
    if mformat_code != _MFORMAT.get(typecode):
        raise ValueError('unsupported machine format code in this build')
    r = cls(typecode)
    r.frombytes(items)
    return r


def _range(v, lo, hi, what):
    if v < lo:
        raise OverflowError(what + ' is less than minimum')
    if v > hi:
        raise OverflowError(what + ' is greater than maximum')


def _c_ulong(v, limit, what):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > 18446744073709551615:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if v > limit:
        raise OverflowError(what + ' is greater than maximum')


_INT_RANGE = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
              'i': (-2147483648, 2147483647), 'I': (0, 4294967295), 'l': (-9223372036854775808, 9223372036854775807),
              'L': (0, 18446744073709551615), 'q': (-9223372036854775808, 9223372036854775807),
              'Q': (0, 18446744073709551615)}


def _conv(tc, v):
    t = type(v)
    if t is int:
        r = _INT_RANGE.get(tc)
        if r is not None and r[0] <= v <= r[1]:
            return v
    elif t is float and tc == 'd':
        return v
    if tc == 'f':
        return _fround(v)
    if tc == 'd':
        if t is int:
            return float(v)
        return _as_double(v)
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    v = _index(v)
    if tc == 'b':
        _c_long(v)
        _range(v, -32768, 32767, 'signed short integer')
        _range(v, -128, 127, 'signed char')
    elif tc == 'B':
        _c_long(v)
        _range(v, 0, 255, 'unsigned byte integer')
    elif tc == 'h':
        _c_long(v)
        _range(v, -32768, 32767, 'signed short integer')
    elif tc == 'H':
        _c_long(v)
        _range(v, -2147483648, 2147483647, 'signed integer')
        _range(v, 0, 65535, 'unsigned short')
    elif tc == 'i':
        _c_long(v)
        _range(v, -2147483648, 2147483647, 'signed integer')
    elif tc == 'I':
        _c_ulong(v, 4294967295, 'unsigned int')
    elif tc == 'l':
        _c_long(v)
    elif tc == 'L':
        _c_ulong(v, 18446744073709551615, 'unsigned long')
    elif tc == 'q':
        if v < -9223372036854775808 or v > 9223372036854775807:
            raise OverflowError('int too big to convert')
    else:
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > 18446744073709551615:
            raise OverflowError('int too big to convert')
    return int(v)


def _as_double(v):
    return _unpack_float(_pack_float(v, 8), 8)


class array:
    __slots__ = ('_tc', '_a')
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if len(args) < 1:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(tc).__name__)
        if tc not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = tc
        self._a = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if tc != 'u':
                    raise TypeError("cannot use a str to initialize an array with typecode '%s'" % tc)
                self._a = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if init._tc == 'u' and tc != 'u':
                    raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % tc)
                self._a = [_conv(tc, x) for x in init._a]
            else:
                self.extend(init)

    def _no_set(self, value=None):
        raise AttributeError("attribute '%s' of 'array.array' objects is not writable" % ('typecode',))

    typecode = property(lambda self: self._tc, _no_set, _no_set)

    def _no_set_size(self, value=None):
        raise AttributeError("attribute '%s' of 'array.array' objects is not writable" % ('itemsize',))

    itemsize = property(lambda self: _SIZES[self._tc], _no_set_size, _no_set_size)

    def __repr__(self):
        if not self._a:
            return "array('%s')" % self._tc
        if self._tc == 'u':
            return "array('u', %r)" % ''.join(self._a)
        return "array('%s', %r)" % (self._tc, self._a)

    __hash__ = None

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, v):
        return v in self._a

    def _norm(self, i, msg):
        if not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index(i)
        if not -9223372036854775808 <= i <= 9223372036854775807:
            raise IndexError("cannot fit '%s' into an index-sized integer" % type(i).__name__)
        n = len(self._a)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError(msg)
        return i

    def _new(self, items):
        r = array(self._tc)
        r._a = items
        return r

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        return self._a[self._norm(i, 'array index out of range')]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            # as CPython: the slice is unpacked first (step 0 fails), then the value checked; an
            # empty array assigned to any slice, extended or not, deletes it
            start, stop, step = i.indices(len(self._a))
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            items = list(v._a)
            if step == 1:
                self._a[i] = items
                return
            if not items:
                del self._a[i]
                return
            n = len(range(start, stop, step))
            if len(items) != n:
                raise ValueError('attempt to assign array of size %d to extended slice of size %d' % (len(items), n))
            self._a[i] = items
            return
        j = self._norm(i, 'array assignment index out of range')
        self._a[j] = _conv(self._tc, v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._a[i]
            return
        del self._a[self._norm(i, 'array assignment index out of range')]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._a += other._a
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        return self._new(self._a * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        self._a *= _index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._a, other._a
        if len(a) != len(b) and op in ('==', '!='):
            return op == '!='
        k = 0
        n = min(len(a), len(b))
        while k < n and a[k] == b[k]:
            k += 1
        if k >= n:
            x, y = len(a), len(b)
        else:
            if op == '==':
                return False
            if op == '!=':
                return True
            x, y = a[k], b[k]
        if op == '<':
            return x < y
        if op == '<=':
            return x <= y
        if op == '>':
            return x > y
        if op == '>=':
            return x >= y
        if op == '==':
            return x == y
        return x != y

    def __eq__(self, other):
        return self._compare(other, '==')

    def __ne__(self, other):
        return self._compare(other, '!=')

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def __reduce_ex__(self, proto):
        state = getattr(self, '__dict__', None) or None
        if _index(proto) < 3:
            return (type(self), (self._tc, list(self._a)), state)
        return (_array_reconstructor, (type(self), self._tc, _MFORMAT[self._tc], self.tobytes()), state)

    def __reduce__(self):
        raise TypeError("cannot pickle 'array' object")

    def append(self, v):
        self._a.append(_conv(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._a.extend(iterable._a)
            return
        tc = self._tc
        for v in iterable:
            self._a.append(_conv(tc, v))

    def insert(self, i, v):
        i = _ssize(i)
        v = _conv(self._tc, v)
        n = len(self._a)
        if i < 0:
            i += n
            if i < 0:
                i = 0
        if i > n:
            i = n
        self._a.insert(i, v)

    def pop(self, i=-1):
        i = _ssize(i)
        n = len(self._a)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        return self._a.pop(i)

    def remove(self, v):
        for k, x in enumerate(self._a):
            if x == v:
                del self._a[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=9223372036854775807):
        start = _index(start)
        stop = _index(stop)
        n = len(self._a)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for k in range(start, min(stop, n)):
            if self._a[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, *args):
        if len(args) != 1:
            raise TypeError('array.count() takes exactly one argument (%d given)' % len(args))
        v = args[0]
        c = 0
        for x in self._a:
            if x == v:
                c += 1
        return c

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def buffer_info(self):
        return (id(self), len(self._a))

    def __bytes__(self):
        return self.tobytes()

    def tobytes(self, *args):
        if args:
            raise TypeError('array.tobytes() takes no arguments (%d given)' % len(args))
        return _pack_items(self._a, self._tc)

    def frombytes(self, buffer):
        b = bytes(buffer)
        if len(b) % _SIZES[self._tc]:
            raise ValueError('bytes length not a multiple of item size')
        self._a.extend(_unpack_items(b, self._tc))

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        out = [_conv(tc, v) for v in lst]
        self._a.extend(out)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._a.extend(s)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._a)

    def byteswap(self):
        size = _SIZES[self._tc]
        if size == 1:
            return
        b = self.tobytes()
        out = bytearray()
        for k in range(0, len(b), size):
            out += b[k:k + size][::-1]
        self._a = []
        self.frombytes(bytes(out))


array.__module__ = 'array'
_set_tp_name(array, 'array.array')
ArrayType = array
`;

export function registerArray(): void {
  registerModule('_etpy_stdlib', makeStdlibNative);
  registerPythonModule('array', arraySource);
}
