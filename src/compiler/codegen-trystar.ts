// try/except* (PEP 654). Not compiled yet: a clear compile-time error rather than wrong code.
import type * as ast from '../parser/ast-nodes.js';
import { type Compiler, locOf } from './compiler.js';

export function compileTryStar(c: Compiler, s: ast.TryStar): void {
  throw c.syntaxError(locOf(s), 'etpy: try/except* is not supported by the compiler yet');
}
