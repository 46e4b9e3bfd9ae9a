// The parser's public face: source text → CPython-shaped AST, or PySyntaxError.
import type { Module } from './ast-nodes.js';
import { PySyntaxError } from './syntax-error.js';

export { PySyntaxError } from './syntax-error.js';
export { dump } from './dump.js';
export type * as ast from './ast-nodes.js';

/** Parse a module like CPython's `ast.parse(source, filename)`. Throws PySyntaxError. */
export function parse(source: string, filename = '<unknown>'): Module {
  throw new PySyntaxError('SyntaxError', 'parser not written yet', 1, 1, source.split('\n')[0] ?? '', filename);
}
