// sys: what programs read and set (argv, maxsize, recursion limit, stdout.write,
// int max str digits), over the interpreter state.
import { type KwArgs, PyException, PyFloat, PyModule, PyObject, type PyValue } from '../object.js';
import { structSeq, structSeqType } from '../struct-seq.js';
import { None, builtinType, excType, moduleType, newDict, typeOf } from '../types.js';
import { argRange, builtinFunction, callValue, defMethods, noArgs, oneArg } from '../call.js';
import { tracebackObjects } from '../traceback.js';
import { sizeOf } from './sizeof.js';
import { interpState } from '../state.js';
import { newException, pyErr, typeError } from '../errors.js';
import { asStr, getAttr, toArray, typeName } from '../protocols.js';
import { intOf } from '../number-arith.js';
import { writeStderr, writeStdout } from '../output.js';
import { newList, newTuple } from '../list.js';
import { getprofile, gettrace, setprofile, settrace } from '../../trace/python-tracing.js';
import { monitoringModule } from '../../trace/monitoring-module.js';
import { getframe } from '../frame-object.js';
import { readStdinLine, readStdinRest } from '../stdin.js';
import { importModule } from '../import.js';
import { exceptionFrom } from '../eval-support.js';

const textIOType = builtinType('TextIOWrapper', undefined, { module: '_io' });

/** sys.stdout / sys.stderr (a writer) and sys.stdin (write null: reads stdin.ts's text). */
class PyStream extends PyObject {
  constructor(readonly write: ((s: string) => void) | null, readonly name: string) {
    super(textIOType);
  }
}

const stream = (self: PyValue): PyStream => self as PyStream;

/** io.UnsupportedOperation, as CPython raises for writing stdin or reading stdout. */
function unsupported(what: string): PyException {
  const io = importModule('io');
  return exceptionFrom(callValue(getAttr(io, 'UnsupportedOperation'), [what], null));
}

function readable(self: PyValue): void {
  if (stream(self).write !== null) throw unsupported('not readable');
}

/** A read's size argument: -1 (or None) for all. */
function sizeArg(name: string, args: PyValue[], kw: KwArgs | null): number {
  argRange(name, args, kw, 0, 1);
  const v = args[0] ?? None;
  return v === None ? -1 : Number(intOf(v));
}

defMethods(textIOType, {
  write: (self, args, kw) => {
    const v = oneArg('write', args, kw);
    const w = stream(self).write;
    if (w === null) throw unsupported('not writable');
    const s = asStr(v);
    if (s === undefined) throw typeError(`write() argument must be str, not ${typeName(v)}`);
    w(s);
    return [...s].length;
  },
  read: (self, args, kw) => {
    readable(self);
    return readStdinRest(sizeArg('read', args, kw));
  },
  readline: (self, args, kw) => {
    readable(self);
    return readStdinLine(sizeArg('readline', args, kw));
  },
  readlines: (self, args, kw) => {
    readable(self);
    const hint = sizeArg('readlines', args, kw);
    const lines: PyValue[] = [];
    let total = 0;
    for (let line = readStdinLine(); line !== ''; line = readStdinLine()) {
      lines.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return newList(lines);
  },
  __iter__: (self) => {
    readable(self);
    return self;
  },
  __next__: (self) => {
    readable(self);
    const line = readStdinLine();
    if (line === '') throw pyErr('StopIteration');
    return line;
  },
  readable: (self) => stream(self).write === null,
  writable: (self) => stream(self).write !== null,
  flush: () => None,
  writelines: (self, args, kw) => {
    const lines = toArray(oneArg('writelines', args, kw));
    const w = stream(self).write;
    if (w === null) throw unsupported('not writable');
    for (const line of lines) {
      const s = asStr(line);
      if (s === undefined) throw typeError(`write() argument must be str, not ${typeName(line)}`);
      w(s);
    }
    return None;
  },
  __repr__: (self) => `<_io.TextIOWrapper name='<${stream(self).name}>' mode='${stream(self).write === null ? 'r' : 'w'}' encoding='utf-8'>`,
  isatty: () => false,
});

// CPython 3.12.1's values on x86-64 Linux (immutable: made once, shared by every run).
const versionInfo = structSeq(structSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], false), [3, 12, 1, 'final', 0]);
const floatInfo = structSeq(structSeqType('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
], true), [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2 ** -1022), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1]);
const intInfo = structSeq(structSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], true),
  [30, 4, 4300, 640]);
const hashInfo = structSeq(structSeqType('sys', 'hash_info', [
  'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff',
], true), [64, 2n ** 61n - 1n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]);

export function installSysModule(): PyModule {
  const d = newDict();
  const m = new PyModule(moduleType, 'sys', d);
  d.setStr('__name__', 'sys');
  d.setStr('argv', newList(interpState.argv.slice()));
  d.setStr('maxsize', 9223372036854775807n);
  d.setStr('byteorder', 'little');
  d.setStr('platform', 'linux');
  d.setStr('version', '3.12.1 (etpy)');
  d.setStr('version_info', versionInfo);
  d.setStr('float_info', floatInfo);
  d.setStr('int_info', intInfo);
  d.setStr('hash_info', hashInfo);
  d.setStr('hexversion', 0x030c01f0);
  d.setStr('stdout', new PyStream(writeStdout, 'stdout'));
  d.setStr('stderr', new PyStream(writeStderr, 'stderr'));
  d.setStr('stdin', new PyStream(null, 'stdin'));
  d.setStr('__stdin__', d.getStr('stdin')!);
  d.setStr('__stdout__', d.getStr('stdout')!);
  d.setStr('__stderr__', d.getStr('stderr')!);
  const modules = newDict();
  for (const [name, loaded] of interpState.modules) modules.setStr(name, loaded);
  modules.setStr('sys', m);
  d.setStr('modules', modules);
  d.setStr('path', newList([]));
  d.setStr('maxunicode', 0x10ffff);
  d.setStr('setrecursionlimit', builtinFunction('setrecursionlimit', (args, kw) => {
    const n = intOf(oneArg('setrecursionlimit', args, kw));
    if (n === undefined) throw typeError("'" + typeName(args[0]!) + "' object cannot be interpreted as an integer");
    if (Number(n) > 0x7fffffff || Number(n) < -0x80000000) throw pyErr('OverflowError', 'Python int too large to convert to C int');
    if (Number(n) < 1) throw pyErr('ValueError', 'recursion limit must be greater or equal than 1');
    if (interpState.depth >= Number(n)) {
      throw pyErr('RecursionError', `cannot set the recursion limit to ${Number(n)} at the recursion depth ${interpState.depth}: the limit is too low`);
    }
    interpState.recursionLimit = Number(n);
    return None;
  }));
  // The exception an except block (or a with's __exit__) is handling: sys.exception() and sys.exc_info().
  d.setStr('exception', builtinFunction('exception', (args, kw) => {
    noArgs('exception', args, kw);
    return interpState.handled ?? None;
  }));
  d.setStr('exc_info', builtinFunction('exc_info', (args, kw) => {
    noArgs('exc_info', args, kw);
    const e = interpState.handled;
    return e === null ? newTuple([None, None, None]) : newTuple([typeOf(e), e, tracebackObjects.of(e)]);
  }));
  d.setStr('getrecursionlimit', builtinFunction('getrecursionlimit', () => interpState.recursionLimit));
  d.setStr('set_int_max_str_digits', builtinFunction('set_int_max_str_digits', (args) => {
    const n = Number(intOf(args[0]!) ?? 0);
    if (n !== 0 && n < 640) throw pyErr('ValueError', 'maxdigits must be 0 or larger than 640');
    interpState.maxStrDigits = n;
    return None;
  }));
  d.setStr('get_int_max_str_digits', builtinFunction('get_int_max_str_digits', () => interpState.maxStrDigits));
  d.setStr('exit', builtinFunction('exit', (args) => {
    throw newException(excType('SystemExit'), args.slice(0, 1));
  }));
  d.setStr('settrace', builtinFunction('settrace', (args, kw) => {
    settrace(oneArg('settrace', args, kw));
    return None;
  }));
  d.setStr('setprofile', builtinFunction('setprofile', (args, kw) => {
    setprofile(oneArg('setprofile', args, kw));
    return None;
  }));
  d.setStr('gettrace', builtinFunction('gettrace', () => gettrace()));
  d.setStr('getprofile', builtinFunction('getprofile', () => getprofile()));
  d.setStr('_getframe', getframe);
  d.setStr('monitoring', monitoringModule());
  d.setStr('getsizeof', builtinFunction('getsizeof', (args, kw) => {
    if (args.length + (kw?.size ?? 0) > 2) throw typeError(`getsizeof() takes at most 2 arguments (${args.length + (kw?.size ?? 0)} given)`);
    argRange('getsizeof', args, kw, 1, 2);
    return sizeOf(args[0]!, args[1]);
  }));
  d.setStr('intern', builtinFunction('intern', (args) => args[0]!));
  interpState.modules.set('sys', m);
  return m;
}
