// The testing toolkit's public face: CPython 3.12 as an oracle for differential tests.
export { runCPython, runCPythonAsync, oracleScriptPath, resolveOptions, maskAddresses } from './oracle.js';
export { findPython, probePython } from './python.js';
export { parseWithCPython, type CPythonParse } from './cpython-parse.js';
export { runPythonJson } from './python-json.js';
export type {
  BatchOptions,
  BatchResult,
  BatchTask,
  CallEvent,
  ExceptionEvent,
  JsonValue,
  LineEvent,
  Locals,
  OpcodeEvent,
  ReturnEvent,
  TraceEvent,
} from '../batch/schema.js';
