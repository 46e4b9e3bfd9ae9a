// Source → AST: the layout pass, one ohm match, the semantics; any failure
// becomes a PySyntaxError with CPython's message where we know it.
import type * as ast from './ast-nodes.js';
import { layout, type Layout } from './layout.js';
import { ParseContext } from './context.js';
import { buildTree, grammar } from './semantics.js';
import { PySyntaxError } from './syntax-error.js';
import { describeFailure } from './errors.js';
import { NODE_FIELDS, type Node } from './ast-nodes.js';
import { fastParse } from './fast-parse.js';

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

export interface ParseOptions {
  /**
   * Raise ast.parse's RecursionError for trees too deep to become Python AST
   * objects (default). compile() from source never builds those objects, so
   * the compiler turns this off and applies its own limit.
   */
  checkAstDepth?: boolean;
  /**
   * Try the hand-written parser (fast-parse.ts) before the grammar (default).
   * Off only to compare the two.
   */
  fast?: boolean;
}

/** The SyntaxWarnings the parse of a module found (invalid escape sequences), by its tree. */
export const parseWarnings = new WeakMap<ast.Module, readonly Warning[]>();

export function parse(source: string, filename = '<unknown>', options: ParseOptions = {}): ast.Module {
  try {
    const laid = layout(source, filename);
    const fast = options.fast ?? true ? fastParse(laid, filename) : null;
    const tree = fast !== null ? fast.tree : grammarParse(laid, filename);
    // grammarParse keeps its parser's warnings with its tree.
    const warnings = mergeWarnings(laid.warnings, fast !== null ? fast.ctx.warnings : parseWarnings.get(tree) ?? []);
    if (warnings.length > 0) parseWarnings.set(tree, warnings);
    if (laid.pending) throw laid.pending.error;
    if (options.checkAstDepth ?? true) checkDepth(tree, source.length, filename);
    return tree;
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

/**
 * The tokenizer's and the parser's SyntaxWarnings in one list, by where they
 * are in the source: CPython's parser asks for tokens as it goes, so a string
 * before a number warns first, and a number before a string.
 */
function mergeWarnings(tokenizer: readonly Warning[], parser: readonly Warning[]): readonly Warning[] {
  if (tokenizer.length === 0) return parser;
  if (parser.length === 0) return tokenizer;
  return [...tokenizer, ...parser].sort((a, b) => a.offset - b.offset);
}

type Warning = { lineno: number; msg: string; offset: number };

/** The tree from the ohm grammar: every construct, and CPython's message for every error. */
function grammarParse(laid: Layout, filename: string): ast.Module {
  try {
    const match = grammar().match(laid.text);
    if (match.failed()) {
      const err = describeFailure(match, laid, filename);
      // The parser ran into the tokenizer's bad token: CPython reports the tokenizer's error.
      if (laid.pending && err.atEnd) throw laid.pending.error;
      throw err;
    }
    const ctx = new ParseContext(laid.map, filename, laid.text);
    const tree = buildTree(match, laid.text, ctx);
    if (ctx.warnings.length > 0) parseWarnings.set(tree, ctx.warnings);
    return tree;
  } catch (err) {
    throw chooseError(err, laid);
  }
}

/**
 * Which error CPython reports when the parser failed before the end of the
 * laid-out text (pegen's _PyPegen_set_syntax_error): "unexpected indent"
 * stands; otherwise a tokenizer error found later in the file replaces the
 * parser's (unless it is an indentation error, which only counts when read),
 * and an unclosed bracket replaces an error on a later line.
 */
function chooseError(err: unknown, laid: Layout): unknown {
  if (!(err instanceof PySyntaxError) || err.msg === 'unexpected indent') return err;
  if (laid.pending) return laid.pending.kind === 'token' ? laid.pending.error : err;
  const u = laid.unclosed;
  if (u && ((err.failLine ?? err.lineno) > u.lineno || err.atEnd)) return u;
  return err;
}
