// Raising Python exceptions from native code, and turning anything a JS
// function may throw into a Python exception object. Native code throws the
// PyException itself (no JS Error, so no stack is captured).
import { PyException, PyTuple, type PyValue, type PyType } from './object.js';
import { PythonError } from '../runtime/python-error.js';
import { excType, tupleType } from './types.js';

/**
 * The most items a list, tuple or other array-backed collection may hold.
 * V8 aborts the whole process (not an exception) a little past 2**27 array
 * elements, so etpy raises MemoryError well before; CPython would need about
 * 270 MB for a list this long.
 */
export const MAX_ITEMS = 1 << 25;

export function newException(cls: PyType, args: PyValue[]): PyException {
  return new PyException(cls, new PyTuple(tupleType, args));
}

/** A builtin exception with one message argument (or none when message is undefined). */
export function pyErr(typeName: string, message?: string): PyException {
  return newException(excType(typeName), message === undefined ? [] : [message]);
}

export function typeError(message: string): PyException {
  return pyErr('TypeError', message);
}

export function valueError(message: string): PyException {
  return pyErr('ValueError', message);
}

/** Stops a task that ran too long; not catchable by Python code. */
export class StopExecution {
  constructor(readonly reason: 'StepLimitExceeded' | 'Timeout') {}
}

/**
 * Any thrown value as a Python exception: PyException as is; PythonError from
 * the runtime helpers by its type name; JS stack exhaustion as RecursionError;
 * anything else is a bug in etpy and becomes SystemError with its message.
 */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof PythonError) {
    return e.message === '' && e.pyType !== 'ZeroDivisionError' ? pyErr(e.pyType) : pyErr(e.pyType, e.message);
  }
  // The JS stack ran out (a host with a small stack): no regular expression
  // or other deep call here, since little stack may be left.
  if (e instanceof RangeError && e.message.startsWith('Maximum call stack')) {
    return pyErr('RecursionError', 'maximum recursion depth exceeded');
  }
  // V8 refuses strings and arrays past its limits; CPython would run out of memory.
  if (e instanceof RangeError && /BigInt|Invalid (string|array|typed array) length|Array buffer allocation failed|maximum size exceeded/i.test(e.message)) {
    return pyErr('MemoryError');
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return pyErr('SystemError', `etpy internal error: ${message}`);
}
