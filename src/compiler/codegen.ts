// Codegen for a whole module: future features, symbol table, then the module
// unit and (through `assemble`) every nested unit. The flow graph and
// assembler are passed in, so codegen's output can be checked on its own.
import type * as ast from '../parser/ast-nodes.js';
import { PySyntaxError, locatedAfter } from '../parser/syntax-error.js';
import type { CodeObject } from '../bytecode/code.js';
import type { CodeUnit } from './instructions.js';
import { Compiler } from './compiler.js';
import { parseFuture } from './future.js';
import { compileBody } from './codegen-stmt.js';
import { visitExpr } from './codegen-expr.js';
import { assembleUnit } from './codegen-scope.js';
import { buildSymtable } from './symtable.js';

export interface CodegenOptions {
  filename: string;
  /** Turns each finished unit into a code object (the flow graph and assembler). */
  assemble: (unit: CodeUnit) => CodeObject;
}

/** Compile an (already AST-optimized) module; `source` gives SyntaxErrors their text. */
export function codegenModule(mod: ast.Module, source: string, options: CodegenOptions): CodeObject {
  const { filename } = options;
  const future = parseFuture(mod);
  if ('msg' in future) {
    const line = source.split('\n')[future.node.lineno - 1] ?? '';
    // future.c reports only a start: end_offset is None (0 here).
    const { lineno } = future.node;
    throw locatedAfter(new PySyntaxError('SyntaxError', future.msg, lineno, future.node.col_offset + 1, line, filename, lineno, 0));
  }
  const st = buildSymtable(mod, filename, { source });
  const c = new Compiler(st, filename, source, future, options.assemble);
  c.enterScope('<module>', 'module', mod, 1);
  compileBody(c, { lineno: 1, endLineno: 1, colOffset: 0, endColOffset: 0 }, mod.body);
  const co = assembleUnit(c, true);
  c.exitScope();
  return co;
}

/**
 * Compile `compile(source, filename, 'eval')`: `mod` is a module whose only
 * statement is the expression (it gives the symbol table its scope); the code
 * evaluates the expression and returns its value, as CPython's Expression_kind.
 */
export function codegenExpression(mod: ast.Module, source: string, options: CodegenOptions): CodeObject {
  const { filename } = options;
  const stmt = mod.body[0] as ast.Expr;
  const st = buildSymtable(mod, filename, { source });
  const c = new Compiler(st, filename, source, { flags: 0, lastLine: -1, lastCol: -1 }, options.assemble);
  c.enterScope('<module>', 'module', mod, 1);
  visitExpr(c, stmt.value);
  const co = assembleUnit(c, false);
  c.exitScope();
  return co;
}
