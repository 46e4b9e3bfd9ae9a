// Generators of valid, terminating, mostly well-typed Python 3.12 programs.
export { pythonProgram, programRecord, makeContext, type ProgramOptions } from './program.js';
export { renderProgram, renderStmt } from './render.js';
export { expr, iterable, literal } from './expr.js';
export { block, stmt } from './stmt.js';
export { tpl, extend, type Code, type ExtraExpression, type ExtraStatement, type GenContext } from './context.js';
export { DEFAULT_WEIGHTS, type WeightKey, type Weights } from './weights.js';
export type { Callable, Def, Env, Program, ScopeKind, Stmt, Tail, Ty, Var } from './types.js';
