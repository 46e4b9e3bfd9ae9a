// The compiler's public face: source or AST → code object, as CPython 3.12's
// `compile(source, filename, 'exec')` produces it.
import type * as ast from '../parser/ast-nodes.js';
import { parse } from '../parser/parse.js';
import type { CodeObject } from '../bytecode/code.js';
import { codegenModule } from './codegen.js';
import { optimizeAst, type OptimizeOptions } from './ast-optimize.js';
export { DIS_MODULE_START_DEPTH } from './ast-optimize.js';
import { assembleCodeUnit } from './assemble.js';

export interface CompileOptions {
  /** 3 × the Python frames CPython would have on the stack when compiling: its RecursionError depth starts there. */
  startDepth?: number;
}

/** Compile a parsed module (the tree is optimized in place); `source` is used for SyntaxError text. */
export function compileModule(mod: ast.Module, source: string, filename = '<string>', options: CompileOptions = {}): CodeObject {
  const optimize: OptimizeOptions = { filename, startDepth: options.startDepth ?? 0 };
  optimizeAst(mod, optimize);
  return codegenModule(mod, source, { filename, assemble: assembleCodeUnit });
}

/** `compile(source, filename, 'exec')`. Throws PySyntaxError (RecursionError included). */
export function compile(source: string, filename = '<string>', options: CompileOptions = {}): CodeObject {
  return compileModule(parse(source, filename, { checkAstDepth: false }), source, filename, options);
}
