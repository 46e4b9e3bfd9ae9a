// ohm skips spaces before every terminal and rule application inside a
// syntactic rule by applying the grammar's `spaces` rule. Each skip is a
// memoized rule application with its failure bookkeeping: on the corpus they
// were over half of all applications and about 30% of match time. Our `space`
// is three characters, so here skipping is a loop.
//
// ohm 17 gives a grammar a hook to set up each match state before matching
// (Grammar._matchStateInitializer, used by its IndentationSensitive grammars);
// through it the state's skipSpaces is replaced by one that does what ohm's
// does for this grammar: advance past the spaces and return the position.
// ohm's version also discards the failures recorded inside `spaces` and pops
// the binding it pushed, so nothing else differs; it also tracks how far the
// input was examined, which only incremental re-matching (not used) reads.
import type { Grammar } from 'ohm-js';

/** The parts of ohm 17's Grammar and MatchState this relies on (not in ohm's published types). */
interface MatchStateInternals {
  inputStream: { source: string; pos: number };
  skipSpaces(): number;
  maybeSkipSpacesBefore(expr: unknown): number;
}
interface GrammarInternals {
  rules: Record<string, { body: { toString(): string } } | undefined>;
  _matchStateInitializer?: (state: MatchStateInternals) => void;
  /** Calls _matchStateInitializer; its presence says the hook exists. */
  _setUpMatchState?: unknown;
}

/** The grammar's `space` rule as ohm prints it; fastSkip matches exactly these characters. */
const SPACE_BODY = '(" " | "\\t" | "\\f")';

function fastSkip(this: MatchStateInternals): number {
  const stream = this.inputStream;
  const text = stream.source;
  let p = stream.pos;
  for (;;) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9 || c === 12) p++;
    else break;
  }
  stream.pos = p;
  return p;
}

/**
 * ohm asks before every terminal and application whether to skip spaces,
 * which means finding out whether the current rule is syntactic (a string
 * case conversion of its name each time). Where no space follows, skipping
 * does nothing either way, so the question need not be asked.
 */
function maybeSkipBefore(this: MatchStateInternals, original: (expr: unknown) => number, expr: unknown): number {
  const stream = this.inputStream;
  const c = stream.source.charCodeAt(stream.pos);
  if (c !== 32 && c !== 9 && c !== 12) return stream.pos;
  return original.call(this, expr);
}

/**
 * Installs the fast space skipping on `grammar` when its `space` rule is the
 * one fastSkip implements and ohm has the hook; otherwise ohm's own skipping
 * stays (slower, same results).
 */
export function useFastSpaces(grammar: Grammar): void {
  const g = grammar as unknown as GrammarInternals;
  if (g.rules['space']?.body.toString() !== SPACE_BODY || typeof g._setUpMatchState !== 'function') return;
  g._matchStateInitializer = (state) => {
    const original = state.maybeSkipSpacesBefore;
    if (typeof state.skipSpaces !== 'function' || typeof original !== 'function' || typeof state.inputStream?.pos !== 'number') return;
    state.skipSpaces = fastSkip;
    state.maybeSkipSpacesBefore = function (expr) { return maybeSkipBefore.call(this, original, expr); };
  };
}
