// The parser's public face: source text → CPython-shaped AST, or PySyntaxError.
export { PySyntaxError } from './syntax-error.js';
export { dump } from './dump.js';
export { parse } from './parse.js';
export type * as ast from './ast-nodes.js';
