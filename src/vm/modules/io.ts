// io: in-memory streams. StringIO (a str buffer with a code-point position,
// newline translation as CPython's _io.StringIO does for newline=None/''/'\n'/
// '\r'/'\r\n') and BytesIO (a bytearray buffer), with _io's error messages
// (StringIO's own methods say "I/O operation on closed file" without the
// period; IOBase's checks and BytesIO say it with one). IOBase/TextIOBase/
// BufferedIOBase/RawIOBase are ABCs the in-memory classes are registered with.
// open() stays unavailable (etpy has no file system).
import { registerPythonModule } from '../import.js';
import { HIDDEN_FRAME_FILES } from '../traceback.js';

const ioSource = (): string => String.raw`
from _etpy_stdlib import set_tp_name as _set_tp_name
from operator import index as _index
import abc as _abc

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _closed_err(period=True):
    return ValueError('I/O operation on closed file.' if period else 'I/O operation on closed file')


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return _index(size)


class _IOBase:
    def __enter__(self):
        if self.closed:
            raise _closed_err()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise _closed_err()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __del__(self):
        pass

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def flush(self):
        if self.closed:
            raise _closed_err()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def isatty(self):
        if self.closed:
            raise _closed_err()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def writelines(self, lines):
        if self.closed:
            raise _closed_err()
        for line in lines:
            self.write(line)

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        out = []
        total = 0
        for line in self:
            out.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return out


class _TextIOBase(_IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        raise UnsupportedOperation('detach')


class _BufferedIOBase(_IOBase):
    def detach(self):
        raise UnsupportedOperation('detach')


class _RawIOBase(_IOBase):
    pass


class StringIO(_TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ''
        self._pos = 0
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise _closed_err(False)

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n') and '\n' in s:
            return s.replace('\n', nl)
        return s

    def _write(self, s):
        s = self._translate(s)
        n = len(s)
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + '\x00' * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None and self._buf:
            seen = []
            b = self._buf
            if '\n' in b:
                seen.append('\n')
            return seen[0] if len(seen) == 1 else (tuple(seen) if seen else None)
        return None

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if n:
            self._write(s)
        return n

    def getvalue(self):
        self._check()
        return self._buf

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return ''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return ''
        nl = self._newline
        if nl == '':
            i = pos
            n = len(buf)
            end = n
            while i < n:
                c = buf[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if i + 1 < n and buf[i + 1] == '\n' else i + 1
                    break
                i += 1
        else:
            sep = '\n' if nl is None else nl
            j = buf.find(sep, pos)
            end = len(buf) if j < 0 else j + len(sep)
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            if whence == 1:
                raise OSError("Can't do nonzero cur-relative seeks")
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._buf)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError('Negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def close(self):
        self._closed = True

    def flush(self):
        return None

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


def _bytes_of(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_BufferedIOBase):
    def __init__(self, initial_bytes=None):
        self._closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf = bytearray(_bytes_of(initial_bytes))

    def _check(self):
        if self._closed:
            raise _closed_err()

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def write(self, b):
        self._check()
        data = _bytes_of(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        j = buf.find(b'\n', pos)
        end = len(buf) if j < 0 else j + 1
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def close(self):
        self._closed = True


for _c in (_IOBase, _TextIOBase, _BufferedIOBase, _RawIOBase, StringIO, BytesIO):
    _c.__module__ = '_io'
    _set_tp_name(_c, '_io.' + _c.__name__)


class IOBase(metaclass=_abc.ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


IOBase.register(_IOBase)
RawIOBase.register(_RawIOBase)
BufferedIOBase.register(_BufferedIOBase)
TextIOBase.register(_TextIOBase)
import sys as _sys
TextIOWrapper = type(_sys.__stdout__)
TextIOBase.register(TextIOWrapper)
del _sys


def open(*args, **kwargs):
    raise OSError('etpy has no file system: open() is not available')


del _c
`;

export function registerIo(): void {
  HIDDEN_FRAME_FILES.add('<etpy io>');
  registerPythonModule('io', ioSource);
}
