// CPython 3.12's codegen output for the module unit of each source
// (`_testinternalcapi.compiler_codegen`), for comparing etpy's codegen alone.
import { fileURLToPath } from 'node:url';
import { runPythonJson } from './python-json.js';

export type CodegenTuple = [number, number, number, number, number, number];
export type CPythonCodegen =
  | { insts: CodegenTuple[]; consts: string[]; names: string[] }
  | { error: string }
  | { crash: string };

const SCRIPT = fileURLToPath(new URL('../../src/testing/cpython-codegen.py', import.meta.url));

export function codegenWithCPython(sources: readonly string[]): CPythonCodegen[] {
  return runPythonJson<CPythonCodegen[]>([SCRIPT], sources);
}
