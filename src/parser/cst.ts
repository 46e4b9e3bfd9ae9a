// A light view of ohm's concrete syntax tree, walked directly by the semantic
// actions. ohm's own Semantics wraps every node it visits in a Wrapper with an
// Interval (built with Object.defineProperty), a children array and caches:
// on the corpus that cost about as much as the AST building itself. Here a
// node is made only where an action runs, and rules without an action that
// have one child (most of the expression chain) pass straight through, as in
// ohm's default action.
import type { MatchResult } from 'ohm-js';
import type { PythonActionDict } from '../../grammar/python.ohm-bundle.js';

/**
 * ohm 17's CST node as its matcher builds it (nodes.js; not in ohm's published
 * types). Offsets of a nonterminal's children are relative to its own start;
 * an iteration node's children are relative to the enclosing nonterminal.
 */
export interface RawNode {
  readonly ctorName: string;
  readonly matchLength: number;
  readonly children?: readonly RawNode[];
  readonly childOffsets?: readonly number[];
}

/** What MatchResult holds beyond its published types: the root node and its offset. */
interface RawMatch { _cst?: RawNode; _cstOffset?: number }

const TERMINAL = '_terminal';
const ITER = '_iter';

export class Cst {
  private kids: Cst[] | null = null;

  constructor(
    /** ohm's node; for the Walker. */
    readonly raw: RawNode,
    /** Offset in the laid-out text where the node starts. */
    readonly startIdx: number,
    /** Start of the enclosing nonterminal: the base of an iteration node's child offsets (for the Walker). */
    readonly base: number,
    readonly input: string,
  ) {}

  get ctorName(): string { return this.raw.ctorName; }
  get endIdx(): number { return this.startIdx + this.raw.matchLength; }
  get sourceString(): string { return this.input.slice(this.startIdx, this.startIdx + this.raw.matchLength); }

  get children(): Cst[] {
    if (this.kids) return this.kids;
    const { raw } = this;
    const rc = raw.children, offsets = raw.childOffsets;
    const kids: Cst[] = [];
    if (rc && offsets) {
      const base = raw.ctorName === ITER ? this.base : this.startIdx;
      for (let i = 0; i < rc.length; i++) {
        const start = base + offsets[i]!;
        kids.push(new Cst(rc[i]!, start, base, this.input));
      }
    }
    return (this.kids = kids);
  }

  /** The items of a ListOf / NonemptyListOf / EmptyListOf node, separators dropped. */
  asIteration(): Cst[] {
    switch (this.ctorName) {
      case 'NonemptyListOf': {
        const [first, , rest] = this.children;
        return [first!, ...rest!.children];
      }
      case 'EmptyListOf': return [];
      case 'ListOf': return this.children[0]!.asIteration();
      default: throw new Error(`asIteration on ${this.ctorName}`);
    }
  }
}

type AsCst<A> = { [I in keyof A]: Cst };

/**
 * The action dictionary: one function per rule (case) of grammar/python.ohm,
 * taking the rule's children, with the node itself as `this`. The generated
 * PythonActionDict supplies the rule names and arities, so a grammar change
 * that breaks an action is a type error.
 */
export type Actions = {
  [K in keyof PythonActionDict<unknown>]?: NonNullable<PythonActionDict<unknown>[K]> extends (...args: infer A) => unknown
    ? (this: Cst, ...args: AsCst<A>) => unknown
    : never;
};

type Action = (this: Cst, ...children: Cst[]) => unknown;

/**
 * For a rule whose action, in some shapes of its node, only returns the
 * result of one child (a Primary without trailers is its Atom): the index of
 * that child for a node of such a shape, else -1. The Walker then goes
 * straight to the child, making no Cst for the node: most expression nodes
 * are of that kind.
 */
export type Shortcuts = { [K in keyof PythonActionDict<unknown>]?: (raw: RawNode) => number };

export class Walker {
  constructor(private readonly actions: Actions, private readonly shortcuts: Shortcuts) {}

  /** Runs the actions on a successful match's tree. */
  root(match: MatchResult, input: string): unknown {
    const { _cst: raw, _cstOffset: offset } = match as unknown as RawMatch;
    if (!raw || offset === undefined) throw new Error('ohm match result without a CST (ohm version changed?)');
    return this.visit(null, raw, offset, offset, input);
  }

  build(n: Cst): unknown {
    return this.visit(n, n.raw, n.startIdx, n.base, n.input);
  }

  /**
   * Runs the action of a node (`n`, or the one `raw` at `start` describes);
   * single-child nonterminals without an action pass through to their child
   * without a Cst being made for them.
   */
  private visit(n: Cst | null, raw: RawNode, start: number, base: number, input: string): unknown {
    for (;;) {
      const name = raw.ctorName;
      const cut = this.shortcuts[name as keyof Shortcuts];
      const i = cut ? cut(raw) : -1;
      if (i >= 0) {
        base = start;
        start += raw.childOffsets![i]!;
        raw = raw.children![i]!;
        n = null;
        continue;
      }
      const fn = this.actions[name as keyof Actions] as Action | undefined;
      if (fn) {
        n ??= new Cst(raw, start, base, input);
        return fn.apply(n, n.children);
      }
      if (name === TERMINAL) return input.slice(start, start + raw.matchLength);
      const rc = raw.children;
      if (name === ITER || !rc || rc.length !== 1) throw new Error(`no semantic action for ${name}`);
      // The child of a nonterminal: offset from the parent's start, which is
      // also the base for the child's own children if it is an iteration.
      base = start;
      start += raw.childOffsets![0]!;
      raw = rc[0]!;
      n = null;
    }
  }
}
