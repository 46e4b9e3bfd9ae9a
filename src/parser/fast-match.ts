// Faster matching with ohm 17, same results. Four costs of ohm's matcher are
// cut, through the hook ohm gives a grammar to set up each match state before
// matching (Grammar._matchStateInitializer, used by its IndentationSensitive
// grammars) and through evals of their own on some of this grammar's
// expressions; nothing of ohm is patched globally. The mutation and corpus
// tests compare every result with CPython's.
//
// 1. Space skipping. ohm skips spaces before every terminal and rule
//    application inside a syntactic rule by applying the grammar's `spaces`
//    rule: a memoized rule application with its failure bookkeeping each time
//    (over half of all applications on the corpus, about 30% of match time).
//    Our `space` is three characters, so here skipping is a loop. ohm's
//    version also discards the failures recorded inside `spaces` and pops the
//    binding it pushed, so nothing else differs; it also tracks how far the
//    input was examined, which only incremental re-matching (not used) reads.
//
// 2. MatchState.eval, which runs for every expression. In an ordinary match
//    (no tracing, failures not being recorded: the second match ohm runs to
//    explain a failure does record them and keeps ohm's own eval) most of its
//    work is for tracing and failure recording; the lean version keeps the
//    rest: skip spaces where ohm would, evaluate, undo position, bindings
//    and user data on failure, and skip trailing spaces after applySyntactic.
//    Where no space follows, whether the context is syntactic need not be
//    asked (ohm works it out from the rule name's case each time).
//    Expression arities (which ohm recomputes on every iteration and every
//    rule application) are computed once per expression of the grammar.
//
// 3. Negative lookaheads over terminals and ranges, ~x and the ~(~x) guards
//    the grammar puts in front of rules: ohm evaluates each terminal through
//    its eval machinery, three to a dozen evaluations per guard. A Not whose
//    operand is built only from terminals, ranges, alternations, sequences
//    and Nots gets an eval that tests the operand in plain JavaScript,
//    skipping spaces before each terminal and range where ohm would (in a
//    syntactic context). ohm's Not discards every failure its operand
//    records and records itself when the operand matches; so does this one.
//    (The keyword check in `name`, ~(("False" | ... | "yield") ~idChar), was
//    a third of all terminal evaluations on the corpus.) A lookahead of one
//    terminal, &"if", gets the same treatment outside failure recording:
//    unlike a Not it keeps its failure and binds the terminal.
//
// 4. Runs of characters in lexical rules, (range | range | ...)* over ranges
//    of single code units (identifier characters, string bodies): ohm
//    evaluates the alternation and its ranges for every character. Such an
//    iteration gets an eval that scans the run in a loop and builds the same
//    nodes ohm would (ohm's node classes come from grammar/ohm-runtime.js).
//    In a syntactic context, or while failures are being recorded, ohm's
//    own eval runs. Other iterations of arity 1 (most) get ohm's Iter.eval
//    without its per-iteration array splicing: the same nodes, fewer arrays.
import type { Grammar } from 'ohm-js';
import { ohmRuntime } from '../../grammar/ohm-runtime.js';

/** The parts of ohm 17's parsing expressions this relies on (not in ohm's published types). */
interface PExpr {
  eval(state: MatchStateInternals): boolean;
  /** Iter: how many times its operand may match. */
  minNumMatches?: number;
  maxNumMatches?: number;
  /** Terminal: its text. */
  obj?: unknown;
  /** Range: its bounds, and whether it reads code points rather than code units. */
  from?: string;
  to?: string;
  matchCodePoint?: boolean;
  getArity(): number;
  allowsSkippingPrecedingSpace(): boolean;
  ruleName?: string;
  isSyntactic?(): boolean;
  terms?: PExpr[];
  factors?: PExpr[];
  expr?: PExpr;
  args?: PExpr[];
}
/** The parts of ohm 17's MatchState this relies on. */
interface MatchStateInternals {
  inputStream: { source: string; pos: number };
  _bindings: unknown[];
  userData: unknown;
  trace?: unknown;
  recordedFailures?: unknown;
  eval(expr: PExpr): boolean;
  skipSpaces(): number;
  maybeSkipSpacesBefore(expr: PExpr): number;
  inSyntacticContext(): boolean;
  truncateBindings(length: number): void;
  _bindingOffsets: number[];
  posToOffset(pos: number): number;
  processFailure(pos: number, expr: PExpr): void;
}
interface GrammarInternals {
  rules: Record<string, { body: PExpr } | undefined>;
  superGrammar?: GrammarInternals;
  _matchStateInitializer?: (state: MatchStateInternals) => void;
  /** Calls _matchStateInitializer; its presence says the hook exists. */
  _setUpMatchState?: unknown;
}

/** The grammar's `space` rule as ohm prints it; fastSkip matches exactly these characters. */
const SPACE_BODY = '(" " | "\\t" | "\\f")';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12;
}

function fastSkip(this: MatchStateInternals): number {
  const stream = this.inputStream;
  const text = stream.source;
  let p = stream.pos;
  while (isSpace(text.charCodeAt(p))) p++;
  stream.pos = p;
  return p;
}

/** ohm's MatchState.eval without tracing and failure recording (see above). */
function leanEval(this: MatchStateInternals, expr: PExpr): boolean {
  const stream = this.inputStream;
  const origPos = stream.pos;
  const origNumBindings = this._bindings.length;
  const origUserData = this.userData;
  if (isSpace(stream.source.charCodeAt(origPos)) && expr.allowsSkippingPrecedingSpace() && expr.ruleName !== 'spaces' && this.inSyntacticContext()) {
    this.skipSpaces();
  }
  const ans = expr.eval(this);
  if (!ans) {
    stream.pos = origPos;
    this.truncateBindings(origNumBindings);
    this.userData = origUserData;
  }
  if (expr === applySyntacticBody) this.skipSpaces();
  return ans;
}

/** The body of ohm's built-in applySyntactic rule, after which ohm's eval skips spaces. */
let applySyntacticBody: PExpr | undefined;

/** The operands of an expression. */
function operands(e: PExpr): PExpr[] {
  return e.terms ?? e.factors ?? (e.expr ? [e.expr] : e.args ?? []);
}

/**
 * Gives the iterations and rule bodies under `rules` (the expressions whose
 * arity ohm asks for while matching) their arity as a constant, and
 * applications their syntactic-ness. Only these: setting a property on each
 * of the grammar's thousands of expressions would cost start-up time.
 */
function fixArities(rules: GrammarInternals['rules'], seen: Set<PExpr>): void {
  const visit = (e: PExpr, isBody: boolean): void => {
    if (seen.has(e)) return;
    seen.add(e);
    for (const child of operands(e)) visit(child, false);
    const k = kind(e);
    if (isBody || k === 'Star' || k === 'Plus' || k === 'Opt') {
      const arity = e.getArity();
      e.getArity = () => arity;
    }
    if (k === 'Apply' && e.isSyntactic) {
      const syntactic = e.isSyntactic();
      e.isSyntactic = () => syntactic;
    }
  };
  for (const name of Object.keys(rules)) {
    const rule = rules[name];
    if (rule) visit(rule.body, true);
  }
}

/** ohm's expression classes by identity, not by their `name`, which a minifying bundler may change (made when ohm is first used). */
let pexprKinds: Map<unknown, string> | null = null;
const kind = (e: PExpr | undefined): string => {
  pexprKinds ??= new Map(Object.entries(ohmRuntime().pexprs).filter(([, v]) => typeof v === 'function').map(([name, cls]) => [cls, name]));
  return e === undefined ? '' : pexprKinds.get(e.constructor) ?? '';
};

/**
 * The ranges of a Range or an alternation of Ranges and one-character
 * Terminals (a range of one code unit, matched and built the same way),
 * else null.
 */
function rangesOf(e: PExpr | undefined): { from: string; to: string; matchCodePoint?: boolean }[] | null {
  const terms = kind(e) === 'Range' ? [e!] : kind(e) === 'Alt' ? e!.terms! : [];
  const ranges = terms.map((t) => kind(t) === 'Range' && typeof t.from === 'string' && typeof t.to === 'string' ? { from: t.from, to: t.to, matchCodePoint: t.matchCodePoint }
    : kind(t) === 'Terminal' && typeof t.obj === 'string' && t.obj.length === 1 ? { from: t.obj, to: t.obj, matchCodePoint: false } : null);
  return ranges.length > 0 && ranges.every((r) => r) ? ranges as { from: string; to: string; matchCodePoint?: boolean }[] : null;
}

/** A character test equal to a Range or an alternation of Ranges, or null if `e` is neither. */
function rangeTest(e: PExpr | undefined): ((text: string, at: number) => boolean) | null {
  const terms = rangesOf(e);
  if (!terms) return null;
  const ranges = terms.map((t) => ({ from: t.from.codePointAt(0)!, to: t.to.codePointAt(0)!, cp: t.matchCodePoint === true }));
  return (text, at) => {
    if (at >= text.length) return false;
    for (const r of ranges) {
      const c = r.cp ? text.codePointAt(at)! : text.charCodeAt(at);
      if (r.from <= c && c <= r.to) return true;
    }
    return false;
  };
}

/** A test of whether a simple expression matches at `at`: its end, or -1. */
type Test = (text: string, at: number, syntactic: boolean) => number;

function skipSpaces(text: string, at: number): number {
  while (isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * `e` as a Test, or null if it holds anything but terminals, ranges,
 * alternations, sequences, Nots and applications of lexical rules without
 * parameters made of those (such as idChar). Inside a Not, applying a rule
 * differs from testing its body only in the memo entry it leaves, which
 * changes no result.
 */
function compileTest(e: PExpr, rules: GrammarInternals['rules'], applying: ReadonlySet<string> = new Set()): Test | null {
  const compile = (x: PExpr): Test | null => compileTest(x, rules, applying);
  // The end of the input (the body of the built-in rule `end`).
  if (e === (ohmRuntime().pexprs as { end?: unknown }).end) return (text, at, syn) => ((syn ? skipSpaces(text, at) : at) >= text.length ? text.length : -1);
  switch (kind(e)) {
    case 'Apply': {
      const name = e.ruleName;
      const body = name ? rules[name]?.body : undefined;
      if (!name || !body || (e.args ?? []).length > 0 || name === 'spaces' || applying.has(name) || e.isSyntactic?.() !== false) return null;
      const inner = compileTest(body, rules, new Set([...applying, name]));
      if (!inner) return null;
      // Spaces are skipped before an application as before a terminal; a lexical rule's body skips none.
      return (text, at, syn) => inner(text, syn ? skipSpaces(text, at) : at, false);
    }
    case 'Terminal': {
      const s = e.obj;
      if (typeof s !== 'string') return null;
      return (text, at, syn) => {
        if (syn) at = skipSpaces(text, at);
        return text.startsWith(s, at) ? at + s.length : -1;
      };
    }
    case 'Range': {
      if (typeof e.from !== 'string' || typeof e.to !== 'string') return null;
      const from = e.from.codePointAt(0)!, to = e.to.codePointAt(0)!, cp = e.matchCodePoint === true;
      return (text, at, syn) => {
        if (syn) at = skipSpaces(text, at);
        if (at >= text.length) return -1;
        const c = cp ? text.codePointAt(at)! : text.charCodeAt(at);
        return from <= c && c <= to ? at + (c > 0xffff ? 2 : 1) : -1;
      };
    }
    case 'Alt': {
      const terms = e.terms!.map(compile);
      if (terms.some((t) => !t)) return null;
      const ts = terms as Test[];
      return (text, at, syn) => {
        for (const t of ts) {
          const end = t(text, at, syn);
          if (end >= 0) return end;
        }
        return -1;
      };
    }
    case 'Seq': {
      const factors = e.factors!.map(compile);
      if (factors.some((t) => !t)) return null;
      const fs = factors as Test[];
      return (text, at, syn) => {
        for (const f of fs) {
          at = f(text, at, syn);
          if (at < 0) return -1;
        }
        return at;
      };
    }
    case 'Not': {
      const inner = e.expr ? compile(e.expr) : null;
      if (!inner) return null;
      return (text, at, syn) => (inner(text, at, syn) >= 0 ? -1 : at);
    }
    default: return null;
  }
}

/** Gives every Not under `rules` whose operand compiles an eval through the compiled test. */
function fastNots(rules: GrammarInternals['rules'], seen: Set<PExpr>): void {
  const visit = (e: PExpr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    for (const child of operands(e)) visit(child);
    if (kind(e) !== 'Not' || !e.expr || Object.prototype.hasOwnProperty.call(e, 'eval')) return;
    const test = compileTest(e.expr, rules);
    if (!test) return;
    Object.defineProperty(e, 'eval', {
      value(this: PExpr, state: MatchStateInternals): boolean {
        const stream = state.inputStream;
        const pos = stream.pos;
        if (test(stream.source, pos, state.inSyntacticContext()) < 0) return true;
        state.processFailure(pos, this);
        return false;
      },
    });
  };
  for (const name of Object.keys(rules)) {
    const rule = rules[name];
    if (rule) visit(rule.body);
  }
}

/** Gives every &"terminal" under `rules` an eval that tests the terminal in plain JavaScript (see above). */
function fastLookaheads(rules: GrammarInternals['rules'], seen: Set<PExpr>): void {
  const { TerminalNode } = ohmRuntime().nodes;
  const visit = (e: PExpr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    for (const child of operands(e)) visit(child);
    const terminal = e.expr;
    if (kind(e) !== 'Lookahead' || kind(terminal) !== 'Terminal' || typeof terminal!.obj !== 'string' || Object.prototype.hasOwnProperty.call(e, 'eval')) return;
    const text = terminal!.obj, ohmEval = e.eval;
    Object.defineProperty(e, 'eval', {
      value(this: PExpr, state: MatchStateInternals): boolean {
        if (state.recordedFailures) return ohmEval.call(this, state);
        const stream = state.inputStream;
        // Where ohm's eval of the terminal would test it: past spaces in a syntactic context.
        const at = state.inSyntacticContext() ? skipSpaces(stream.source, stream.pos) : stream.pos;
        if (!stream.source.startsWith(text, at)) {
          state.processFailure(at, terminal!);
          return false;
        }
        state._bindings.push(new TerminalNode(text.length));
        state._bindingOffsets.push(state.posToOffset(at));
        return true;
      },
    });
  };
  for (const name of Object.keys(rules)) {
    const rule = rules[name];
    if (rule) visit(rule.body);
  }
}

/**
 * Gives every (range | ...)* under `rules` whose ranges each match one code
 * unit the run-scanning eval described above.
 */
function fastRuns(rules: GrammarInternals['rules'], seen: Set<PExpr>): void {
  const { TerminalNode, IterationNode } = ohmRuntime().nodes;
  const visit = (e: PExpr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    for (const child of operands(e)) visit(child);
    if (kind(e) !== 'Star' || !e.expr || Object.prototype.hasOwnProperty.call(e, 'eval')) return;
    // Ranges of code units only: each character is then one unit long.
    if (!rangesOf(e.expr)?.every((t) => t.matchCodePoint === false)) return;
    const inRun = rangeTest(e.expr);
    if (!inRun) return;
    const ohmEval = e.eval;
    const element = e.expr;
    Object.defineProperty(e, 'eval', {
      value(this: PExpr, state: MatchStateInternals): boolean {
        if (state.recordedFailures || state.inSyntacticContext()) return ohmEval.call(this, state);
        const stream = state.inputStream;
        const text = stream.source;
        const start = stream.pos;
        let p = start;
        const children: object[] = [], offsets: number[] = [];
        while (inRun(text, p)) {
          children.push(new TerminalNode(1));
          offsets.push(state.posToOffset(p));
          p++;
        }
        // The iteration ends where the element failed, as ohm's would.
        state.processFailure(p, element);
        stream.pos = p;
        state._bindings.push(new IterationNode(children, offsets, p - start, false));
        state._bindingOffsets.push(children.length > 0 ? offsets[0]! : state.posToOffset(start));
        return true;
      },
    });
  };
  for (const name of Object.keys(rules)) {
    const rule = rules[name];
    if (rule) visit(rule.body);
  }
}

/** Gives every iteration of arity 1 under `rules` without an eval of its own ohm's Iter.eval with fewer arrays. */
function leanIterations(rules: GrammarInternals['rules'], seen: Set<PExpr>): void {
  const { IterationNode } = ohmRuntime().nodes;
  const visit = (e: PExpr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    for (const child of operands(e)) visit(child);
    const k = kind(e);
    if ((k !== 'Star' && k !== 'Plus' && k !== 'Opt') || !e.expr || e.getArity() !== 1 || Object.prototype.hasOwnProperty.call(e, 'eval')) return;
    const element = e.expr, min = e.minNumMatches, max = e.maxNumMatches, isOptional = k === 'Opt';
    if (typeof min !== 'number' || typeof max !== 'number') return;
    Object.defineProperty(e, 'eval', {
      value(this: PExpr, state: MatchStateInternals): boolean {
        const stream = state.inputStream;
        const origPos = stream.pos;
        const bindings = state._bindings, bindingOffsets = state._bindingOffsets;
        const children: { matchLength: number }[] = [], offsets: number[] = [];
        let prevPos = origPos;
        while (children.length < max && state.eval(element)) {
          // ohm checks iterated expressions for this when it builds the grammar.
          if (stream.pos === prevPos) throw new Error(`${String(this)}: the iterated expression matched nothing`);
          prevPos = stream.pos;
          children.push(bindings.pop() as { matchLength: number });
          offsets.push(bindingOffsets.pop()!);
        }
        const n = children.length;
        if (n < min) return false;
        let offset = state.posToOffset(origPos), matchLength = 0;
        if (n > 0) {
          offset = offsets[0]!;
          matchLength = offsets[n - 1]! + children[n - 1]!.matchLength - offset;
        }
        bindings.push(new IterationNode(children, offsets, matchLength, isOptional));
        bindingOffsets.push(offset);
        return true;
      },
    });
  };
  for (const name of Object.keys(rules)) {
    const rule = rules[name];
    if (rule) visit(rule.body);
  }
}

/**
 * Installs the faster matching on `grammar` when its `space` rule is the one
 * fastSkip implements and ohm has the hook; otherwise ohm's own matching
 * stays (slower, same results).
 */
export function useFastMatching(grammar: Grammar): void {
  const g = grammar as unknown as GrammarInternals;
  if (g.rules['space']?.body.toString() !== SPACE_BODY || typeof g._setUpMatchState !== 'function') return;
  applySyntacticBody = g.rules['applySyntactic']?.body;
  // Walking the grammar's expressions costs more than they save on one small
  // parse, and a one-file run parses once: they wait for the second match.
  let matches = 0;
  g._matchStateInitializer = (state) => {
    if (++matches === 2) {
      const seen = new Set<PExpr>();
      for (let gr: GrammarInternals | undefined = g; gr; gr = gr.superGrammar) fixArities(gr.rules, seen);
      fastNots(g.rules, new Set());
      fastRuns(g.rules, new Set());
      fastLookaheads(g.rules, new Set());
      leanIterations(g.rules, new Set());
    }
    if (typeof state.skipSpaces !== 'function' || typeof state.eval !== 'function' || typeof state.inputStream?.pos !== 'number') return;
    state.skipSpaces = fastSkip;
    if (state.trace || state.recordedFailures || !Array.isArray(state._bindings)) return;
    state.eval = leanEval;
  };
}
