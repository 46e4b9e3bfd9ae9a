// The compiler's public face: source or AST → code object, as CPython 3.12's
// `compile(source, filename, 'exec')` produces it.
import type * as ast from '../parser/ast-nodes.js';
import { parse } from '../parser/parse.js';
import type { CodeObject } from '../bytecode/code.js';
import { codegenExpression, codegenModule } from './codegen.js';
import { PySyntaxError } from '../parser/syntax-error.js';
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

/**
 * `compile(source, filename, 'eval')`: the source must be one expression
 * (leading spaces and tabs are ignored, as eval() does); anything else is
 * CPython's "invalid syntax".
 */
export function compileEval(source: string, filename = '<string>', options: CompileOptions = {}): CodeObject {
  const text = source.replace(/^[ \t]+/, '');
  const mod = parse(text, filename, { checkAstDepth: false });
  const only = mod.body.length === 1 ? mod.body[0]! : undefined;
  if (only === undefined || only._type !== 'Expr') {
    const bad = mod.body.length === 0 ? undefined : mod.body[only === undefined ? 1 : 0]!;
    const lineno = bad === undefined ? 0 : bad.lineno;
    const line = bad === undefined ? '' : text.split('\n')[lineno - 1] ?? '';
    throw new PySyntaxError('SyntaxError', 'invalid syntax', lineno, bad === undefined ? 0 : bad.col_offset + 1, line, filename);
  }
  optimizeAst(mod, { filename, startDepth: options.startDepth ?? 0 });
  return codegenExpression(mod, text, { filename, assemble: assembleCodeUnit });
}
