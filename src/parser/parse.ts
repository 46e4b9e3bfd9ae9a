// Source → AST: the layout pass, one ohm match, the semantics; any failure
// becomes a PySyntaxError with CPython's message where we know it.
import type * as ast from './ast-nodes.js';
import { layout } from './layout.js';
import { ParseContext } from './context.js';
import { semanticsFor, grammar } from './semantics.js';
import { PySyntaxError } from './syntax-error.js';
import { describeFailure } from './errors.js';

export function parse(source: string, filename = '<unknown>'): ast.Module {
  try {
    const laid = layout(source, filename);
    try {
      const match = grammar.match(laid.text);
      if (match.failed()) throw describeFailure(match, laid, filename);
      const ctx = new ParseContext(laid.map, filename, laid.text);
      return semanticsFor(ctx)(match)['ast']() as ast.Module;
    } catch (err) {
      if (err instanceof PySyntaxError && laid.unclosed && (err.lineno > laid.unclosed.lineno || err.atEnd)) throw laid.unclosed;
      throw err;
    }
  } catch (err) {
    if (err instanceof PySyntaxError) throw err;
    if (err instanceof RangeError) {
      // Deep nesting that passed the layout pass's limits can still exhaust the JS stack.
      throw new PySyntaxError('SyntaxError', 'too many nested parentheses', 1, 1, '', filename);
    }
    throw err;
  }
}
