// The compiler's public face: source or AST → code object, as CPython 3.12's
// `compile(source, filename, 'exec')` produces it.
import type * as ast from '../parser/ast-nodes.js';
import { parse } from '../parser/parse.js';
import type { CodeObject } from '../bytecode/code.js';
import { codegenModule } from './codegen.js';
import { optimizeAst } from './ast-optimize.js';
import { assembleCodeUnit } from './assemble.js';

/** Compile a parsed module (the tree is optimized in place); `source` is used for SyntaxError text. */
export function compileModule(mod: ast.Module, source: string, filename = '<string>'): CodeObject {
  optimizeAst(mod);
  return codegenModule(mod, source, { filename, assemble: assembleCodeUnit });
}

/** `compile(source, filename, 'exec')`. Throws PySyntaxError. */
export function compile(source: string, filename = '<string>'): CodeObject {
  return compileModule(parse(source) as ast.Module, source, filename);
}
