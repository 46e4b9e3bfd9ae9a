// Source → AST: the layout pass, one ohm match, the semantics; any failure
// becomes a PySyntaxError with CPython's message where we know it.
import type * as ast from './ast-nodes.js';
import { layout } from './layout.js';
import { ParseContext } from './context.js';
import { semanticsFor, grammar } from './semantics.js';
import { PySyntaxError } from './syntax-error.js';
import { describeFailure } from './errors.js';
import { NODE_FIELDS, type Node } from './ast-nodes.js';

/**
 * CPython builds AST objects recursively and raises RecursionError past a
 * nesting depth that, for ast.parse called from a program's top level, is
 * 2996 nodes counting the Module (operator and context singletons excluded).
 */
const MAX_AST_DEPTH = 2996;

function checkDepth(tree: ast.Module, sourceLength: number, filename: string): void {
  if (sourceLength < MAX_AST_DEPTH - 8) return;  // each level past Module and its statement takes a character
  const stack: [Node, number][] = [[tree, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_AST_DEPTH) {
      throw new PySyntaxError('RecursionError', 'maximum recursion depth exceeded during ast construction', 0, 0, '', filename);
    }
    const record = node as unknown as Record<string, unknown>;
    for (const [name] of NODE_FIELDS[node._type]) {
      const v = record[name];
      for (const child of Array.isArray(v) ? v : [v]) {
        if (child && typeof child === 'object' && '_type' in child && NODE_FIELDS[(child as Node)._type].length > 0) stack.push([child as Node, depth + 1]);
      }
    }
  }
}

export function parse(source: string, filename = '<unknown>'): ast.Module {
  try {
    const laid = layout(source, filename);
    try {
      const match = grammar.match(laid.text);
      if (match.failed()) throw describeFailure(match, laid, filename);
      const ctx = new ParseContext(laid.map, filename, laid.text);
      const tree = semanticsFor(ctx)(match)['ast']() as ast.Module;
      checkDepth(tree, source.length, filename);
      return tree;
    } catch (err) {
      if (err instanceof PySyntaxError && laid.unclosed && (err.lineno > laid.unclosed.lineno || err.atEnd)) throw laid.unclosed;
      throw err;
    }
  } catch (err) {
    if (err instanceof PySyntaxError) throw err;
    if (err instanceof RangeError) {
      // Nesting within CPython's limits can still exhaust the JS stack (ohm
      // recurses per rule); say so the way CPython does when its own parser
      // stack overflows. Running with a larger stack (bin/etpy does) avoids it.
      throw new PySyntaxError('MemoryError', 'Parser stack overflowed - Python source too complex to parse', 0, 0, '', filename);
    }
    throw err;
  }
}
