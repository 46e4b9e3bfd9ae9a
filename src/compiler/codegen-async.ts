// async for. Not compiled yet: a clear compile-time error rather than wrong code.
import type * as ast from '../parser/ast-nodes.js';
import { type Compiler, locOf } from './compiler.js';

export function compileAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  throw c.syntaxError(locOf(s), 'etpy: async for is not supported by the compiler yet');
}
