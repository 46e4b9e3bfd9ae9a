// The Python code object of a compiled code: one per code, so that
// `f.__code__ is f.__code__` and `sys._getframe().f_code is f.__code__`.
import type { CodeObject } from '../bytecode/code.js';
import { PyCodeValue } from './object.js';
import { codeType } from './types.js';

export function codeValue(code: CodeObject): PyCodeValue {
  return (code.vmValue ??= new PyCodeValue(codeType, code)) as PyCodeValue;
}
