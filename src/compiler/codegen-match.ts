// The match statement (PEP 634). Not compiled yet: a clear compile-time error
// rather than wrong code.
import type * as ast from '../parser/ast-nodes.js';
import { type Compiler, locOf } from './compiler.js';

export function compileMatch(c: Compiler, s: ast.Match): void {
  throw c.syntaxError(locOf(s), 'etpy: match statements are not supported by the compiler yet');
}
