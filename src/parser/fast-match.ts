// Faster matching with ohm 17, same results. Two costs of ohm's matcher are
// cut through the hook ohm gives a grammar to set up each match state before
// matching (Grammar._matchStateInitializer, used by its IndentationSensitive
// grammars); nothing of ohm is patched globally.
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
import type { Grammar } from 'ohm-js';

/** The parts of ohm 17's parsing expressions this relies on (not in ohm's published types). */
interface PExpr {
  eval(state: MatchStateInternals): boolean;
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

/** Gives every expression under `rules` its arity (and an application its syntactic-ness) as a constant. */
function fixArities(rules: GrammarInternals['rules'], seen: Set<PExpr>): void {
  const visit = (e: PExpr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    for (const child of [...e.terms ?? [], ...e.factors ?? [], ...e.expr ? [e.expr] : [], ...e.args ?? []]) visit(child);
    const arity = e.getArity();
    Object.defineProperty(e, 'getArity', { value: () => arity });
    if (e.isSyntactic) {
      const syntactic = e.isSyntactic();
      Object.defineProperty(e, 'isSyntactic', { value: () => syntactic });
    }
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
  const seen = new Set<PExpr>();
  for (let gr: GrammarInternals | undefined = g; gr; gr = gr.superGrammar) fixArities(gr.rules, seen);
  applySyntacticBody = g.rules['applySyntactic']?.body;
  g._matchStateInitializer = (state) => {
    if (typeof state.skipSpaces !== 'function' || typeof state.eval !== 'function' || typeof state.inputStream?.pos !== 'number') return;
    state.skipSpaces = fastSkip;
    if (state.trace || state.recordedFailures || !Array.isArray(state._bindings)) return;
    state.eval = leanEval;
  };
}
