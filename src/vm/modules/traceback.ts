// traceback: format_exception, format_exc, print_exception, print_exc,
// format_exception_only, format_tb, print_tb, extract_tb, format_list,
// walk_tb. The text comes from the formatter the excepthook uses
// (vm/traceback.ts), cut into the pieces CPython's functions list; the
// module around it is Python, as CPython's is. Not here yet: the stack
// functions (extract_stack, format_stack, print_stack) and
// TracebackException.
import { PyException, type PyValue, type TracebackEntry } from '../object.js';
import { None } from '../types.js';
import { typeError } from '../errors.js';
import { typeName } from '../protocols.js';
import { newList, newTuple } from '../list.js';
import { registerModule, registerPythonModule } from '../import.js';
import { interpState } from '../state.js';
import { entryChunks, exceptionOnlyChunks, formatExceptionChunks } from '../traceback.js';
import { PyTraceback } from '../traceback-object.js';
import { makeNativeModule } from './native.js';

const sourceLine = (filename: string, line: number): string | undefined => interpState.sourceLine?.(filename, line);

/** The entries of a traceback chain, innermost first (as an exception records them). */
function entriesOf(tb: PyValue): TracebackEntry[] {
  if (tb === None) return [];
  if (!(tb instanceof PyTraceback)) throw typeError(`'${typeName(tb)}' object has no attribute 'tb_frame'`);
  const out: TracebackEntry[] = [];
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) out.push(t.entry);
  return out.reverse();
}

function limitOf(v: PyValue): number | null {
  if (v === None) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** format_tb and extract_tb: the chain's entries, outermost first, cut to `limit` (n outermost, or -n innermost). */
function limitedEntries(tb: PyValue, limit: PyValue): TracebackEntry[] {
  const entries = entriesOf(tb).reverse();
  const n = limitOf(limit);
  if (n === null) return entries;
  return n >= 0 ? entries.slice(0, n) : entries.slice(Math.max(0, entries.length + n));
}

function exceptionArg(v: PyValue): PyException {
  if (v instanceof PyException) return v;
  throw typeError(`Exception expected for value, ${typeName(v)} found`);
}

function makeTracebackNative() {
  return makeNativeModule('_etpy_traceback', {
    /** (value, tb, limit, chain): the pieces of format_exception. */
    format_exception: (args) => {
      const exc = exceptionArg(args[0]!);
      const options = { limit: limitOf(args[2]!), chain: args[3] !== false, entries: entriesOf(args[1]!) };
      return newList(formatExceptionChunks(exc, sourceLine, options));
    },
    format_exception_only: (args) => newList(exceptionOnlyChunks(exceptionArg(args[0]!))),
    /** (tb, limit): one piece per frame, repeats folded. */
    format_tb: (args) => newList(entryChunks(limitedEntries(args[0]!, args[1]!), sourceLine)),
    /** (tb, limit): (filename, lineno, name, line, piece) per frame; line is the stripped source line or None. */
    extract_tb: (args) => newList(limitedEntries(args[0]!, args[1]!).map((e) => {
      return newTuple([e.filename, e.lineno, e.name, sourceLine(e.filename, e.lineno) ?? '', entryChunks([e], sourceLine)[0]!]);
    })),
    /** (filename, lineno): the source line as linecache.getline gives it, '' when there is none. */
    source_line: (args) => {
      const line = sourceLine(String(args[0]), Number(args[1]));
      return line === undefined ? '' : `${line}\n`;
    },
  });
}

const tracebackSource = (): string => String.raw`
import sys as _sys
import _etpy_traceback as _native

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only', 'format_list',
           'format_tb', 'print_exc', 'print_exception', 'print_list', 'print_tb', 'walk_tb',
           'FrameSummary', 'StackSummary']

_sentinel = object()


def _value_and_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc, exc.__traceback__
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _native.format_exception(value, tb, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _native.format_exception_only(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = _sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(_sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_sys.exception(), limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    return _native.format_tb(tb, limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = _sys.stderr
    for piece in format_tb(tb, limit):
        print(piece, file=file, end='')


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_piece')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        self._piece = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _native.source_line(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        pieces = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key != last:
                if count > 3:
                    n = count - 3
                    pieces.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            if frame._piece is not None:
                pieces.append(frame._piece)
            else:
                piece = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
                if frame.line:
                    piece += '    {}\n'.format(frame.line)
                pieces.append(piece)
        if count > 3:
            n = count - 3
            pieces.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
        return pieces


def extract_tb(tb, limit=None):
    result = StackSummary()
    for filename, lineno, name, line, piece in _native.extract_tb(tb, limit):
        frame = FrameSummary(filename, lineno, name, line=line)
        frame._piece = piece
        result.append(frame)
    return result


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = _sys.stderr
    for piece in format_list(extracted_list):
        print(piece, file=file, end='')
`;

export function registerTraceback(): void {
  registerModule('_etpy_traceback', makeTracebackNative);
  registerPythonModule('traceback', tracebackSource);
}
