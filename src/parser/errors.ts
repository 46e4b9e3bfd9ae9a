// Turns ohm's rightmost failure into CPython's SyntaxError for the common
// cases: unexpected indent, missing indented block, expected ':', else
// "invalid syntax" at the offending token.
import type { Grammar, MatchResult } from 'ohm-js';
import type { Layout } from './layout.js';
import { INDENT } from './layout.js';
import { PySyntaxError } from './syntax-error.js';

/** What ohm's MatchResult offers at run time beyond its published types. */
interface FailureInfo {
  getRightmostFailurePosition(): number;
  getRightmostFailures(): { isFluffy(): boolean; getText(): string }[];
}

export function describeFailure(result: MatchResult, laid: Layout, filename: string): PySyntaxError {
  const at = nameStartAfterNumber(laid, (result as unknown as FailureInfo).getRightmostFailurePosition());
  const err = classify(result, laid, filename, at);
  err.atEnd = /^[\s\x01\x02]*$/.test(laid.text.slice(at));
  return err;
}

/**
 * A failure inside a name that directly follows a number (`1else`, `1ifx`)
 * moves to the name's start: CPython's tokenizer made the name a token of its
 * own there, and its parser fails at a token's start (ohm may get further
 * into the characters, trying `e` as an exponent or `if` as a keyword).
 */
function nameStartAfterNumber(laid: Layout, at: number): number {
  // Only a failure inside the name: one after it (`print(1if)` at the `)`) stands.
  if (laid.numberEnds.length === 0 || !/^[\p{L}\p{N}_]/u.test(laid.text.slice(at, at + 2))) return at;
  let start = -1;
  for (const end of laid.numberEnds) {
    if (end < at && end > start && /^[\p{L}\p{N}_]*$/u.test(laid.text.slice(end, at))) start = end;
  }
  return start < 0 ? at : start;
}

function classify(result: MatchResult, laid: Layout, filename: string, at: number): PySyntaxError {
  const match = result as unknown as FailureInfo;
  const text = laid.text;
  const map = laid.map;
  const error = (type: 'SyntaxError' | 'IndentationError', msg: string, laidOffset: number): PySyntaxError => {
    // Past the last token, CPython points at the NEWLINE token after it, which starts after the line's trailing blanks.
    if (/^[\s\x01\x02]*$/.test(text.slice(laidOffset))) {
      laidOffset = text.slice(0, laidOffset).replace(/[\s\x01\x02]+$/, '').length;
      while (text[laidOffset] === ' ' || text[laidOffset] === '\t') laidOffset++;
    }
    const { line, char } = map.lineChar(map.original(laidOffset));
    return new PySyntaxError(type, msg, line, char + 1, map.lineText(line), filename, line, char + 1 + tokenWidth(text, laidOffset));
  };
  // An error CPython raises with a known range (RAISE_SYNTAX_ERROR_KNOWN_RANGE): from `start` to `end` (laid offsets).
  const ranged = (msg: string, range: readonly [number, number] | null, fallback: number): PySyntaxError => {
    if (range === null) return error('SyntaxError', msg, fallback);
    const from = map.lineChar(map.original(range[0]));
    const to = map.lineChar(map.original(range[1]));
    const err = new PySyntaxError('SyntaxError', msg, from.line, from.char + 1, map.lineText(from.line), filename, to.line, to.char + 1);
    err.failLine = map.lineChar(map.original(fallback)).line;
    return err;
  };
  const grammar = (result as unknown as { matcher: { grammar: Grammar } }).matcher.grammar;
  if (text[at] === INDENT) {
    // The tokenizer's error: offset is the indentation's width (the token's 0-based column), end_offset -1.
    const e = error('IndentationError', 'unexpected indent', at);
    return new PySyntaxError(e.type, e.msg, e.lineno, e.offset - 1, e.text, filename, e.lineno, -1);
  }
  const expected = new Set(match.getRightmostFailures().filter((f) => !f.isFluffy()).map((f) => f.getText()));
  if (expected.has(INDENT)) {
    const header = blockHeader(text, at);
    return error('IndentationError', `expected an indented block after ${header.what} on line ${map.lineChar(map.original(header.offset)).line}`, at + 1);
  }
  if (expected.has(':') && headerEndsAt(grammar, text, at)) return error('SyntaxError', "expected ':'", at);
  if (expected.has('(') && /^(?:async\s+)?def\s+[^\s(\[]+\s*$/.test(logicalLineBefore(text, at).slice(0, -1))) {
    return error('SyntaxError', "expected '('", at);
  }
  if (expected.has('except') && expected.has('finally')) return error('SyntaxError', "expected 'except' or 'finally' block", at);
  if (expected.has('else') && text[at] !== ':') {
    return ranged("expected 'else' after 'if' expression", conditionalRange(grammar, text, at), at);
  }
  const legacy = /^(print|exec)[ \t]+(?![\s=.(\[>])/.exec(logicalLineBefore(text, at));
  if (legacy) {
    return ranged(`Missing parentheses in call to '${legacy[1]}'. Did you mean ${legacy[1]}(...)?`, legacyRange(grammar, text, at, legacy[1]!), at);
  }
  if (inDictDisplay(text, at)) {
    const before = text.slice(0, at).replace(/[\s\x01\x02]+$/, '');
    if (before.endsWith(':') && /^\s*[},]/.test(text.slice(at))) return error('SyntaxError', "expression expected after dictionary key and ':'", at);
    if (expected.has(':')) return error('SyntaxError', "':' expected after dictionary key", at);
  }
  if (forgotComma(text, at)) return ranged('invalid syntax. Perhaps you forgot a comma?', commaRange(grammar, text, at), at);
  return error('SyntaxError', 'invalid syntax', at);
}

/** Python's operators and delimiters of two and three characters, longest first. */
const OPERATORS = ['**=', '//=', '>>=', '<<=', '...', '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<',
  '<=', '==', '>=', '>>', '@=', '^=', '|='];

/**
 * The width in characters of the token at laid-out offset `at`, which
 * CPython's end_offset spans: a name or number, a string on one line, an
 * operator, or 1 (a NEWLINE, a single character).
 */
function tokenWidth(text: string, at: number): number {
  const rest = text.slice(at, at + 400);
  const word = /^(?:\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?[jJ]?|\.\d[\d_]*(?:[eE][+-]?\d+)?[jJ]?|[\p{L}\p{N}_]+)/u.exec(rest);
  if (word !== null) return Array.from(word[0]).length;
  const string = /^[rRbBfFuU]{0,2}('''|"""|'|")/.exec(rest);
  if (string !== null) {
    const close = rest.indexOf(string[1]!, string[0].length);
    const newline = rest.indexOf('\n');
    if (close >= 0 && (newline < 0 || close < newline || string[1]!.length === 3)) return Array.from(rest.slice(0, close + string[1]!.length)).length;
    return 1;
  }
  for (const op of OPERATORS) if (rest.startsWith(op)) return op.length;
  return 1;
}

/** How far the searches for an expression's extent look (each step is a grammar match; only errors pay). */
const RANGE_SEARCH = 120;

/** Whether text[from, to) is one `rule` (an expression) of the grammar. */
function isRule(grammar: Grammar, text: string, from: number, to: number, rule: string): boolean {
  const piece = text.slice(from, to);
  return piece.trim() !== '' && !/[\n\x01\x02]/.test(piece) && grammar.match(piece, rule).succeeded();
}

/** The longest `rule` ending at `end` (trailing spaces skipped) that starts on its line, or null. */
function exprEndingAt(grammar: Grammar, text: string, end: number, rule: string): [number, number] | null {
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  let best = -1;
  for (let s = end - 1; s >= Math.max(lineStart, end - RANGE_SEARCH); s--) {
    if (s > lineStart && /\w/.test(text[s - 1]!) && /\w/.test(text[s]!)) continue; // not a token's start
    if (text[s] === ' ' || text[s] === '\t') continue;
    if (isRule(grammar, text, s, end, rule)) best = s;
  }
  return best < 0 ? null : [best, end];
}

/** The longest `rule` starting at `start` on its line, or null. */
function exprStartingAt(grammar: Grammar, text: string, start: number, rule: string): [number, number] | null {
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  let best = -1;
  for (let e = start + 1; e <= Math.min(lineEnd, start + RANGE_SEARCH); e++) {
    if (e < lineEnd && /\w/.test(text[e - 1]!) && /\w/.test(text[e]!)) continue; // not a token's end
    if (text[e - 1] === ' ' || text[e - 1] === '\t') continue;
    if (isRule(grammar, text, start, e, rule)) best = e;
  }
  return best < 0 ? null : [start, best];
}

/** invalid_expression: `a b` inside brackets; the range runs from a's start to b's end. */
function commaRange(grammar: Grammar, text: string, at: number): [number, number] | null {
  const a = exprEndingAt(grammar, text, at, 'OpExpr');
  const b = exprStartingAt(grammar, text, at, 'Expression');
  return a === null || b === null ? null : [a[0], b[1]];
}

/** invalid_expression: `a if b` without `else`; from a's start to b's end. */
function conditionalRange(grammar: Grammar, text: string, at: number): [number, number] | null {
  const b = exprEndingAt(grammar, text, at, 'OpExpr');
  if (b === null) return null;
  const before = text.slice(0, b[0]);
  const ifAt = /\bif[ \t]*$/.exec(before);
  if (ifAt === null) return null;
  const a = exprEndingAt(grammar, text, ifAt.index, 'OpExpr');
  return a === null ? null : [a[0], b[1]];
}

/** invalid_legacy_expression: `print x`; from the name to the end of what follows it. */
function legacyRange(grammar: Grammar, text: string, at: number, name: string): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nameAt = text.indexOf(name, lineStart);
  if (nameAt < 0 || nameAt > at) return null;
  let argStart = nameAt + name.length;
  while (text[argStart] === ' ' || text[argStart] === '\t') argStart++;
  const b = exprStartingAt(grammar, text, argStart, 'StarExpressions');
  return b === null ? null : [nameAt, b[1]];
}

/** CPython demands ':' (a forced token) only after these statements' headers. */
const COMPOUND_HEADER = /^(?:if|elif|else|while|for|with|def|class|try|except|finally|match|case|async)\b/;

/**
 * CPython says "expected ':'" where a compound statement's header is complete
 * but its colon is missing: true when the header up to `at`, given a colon
 * and a body, parses as a statement.
 */
function headerEndsAt(grammar: Grammar, text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const header = text.slice(start, at).replace(/^[\s\x01\x02]+/, '');
  if (!COMPOUND_HEADER.test(header)) return false;
  // def/try/else/finally force their ':' (&&':' in python.gram); the other
  // headers say "expected ':'" only when the line ends there.
  if (!/^(?:(?:async\s+)?def|try|finally|else)\b/.test(header) && !/^[ \t\x0c]*\n/.test(text.slice(at))) return false;
  if (/^(?:else|finally|try)\s*$/.test(header)) return true;
  // Clauses that only exist inside a statement are tried inside one.
  const probe = header.startsWith('elif') ? `if${header.slice(4)}: pass\n`
    : header.startsWith('except') ? `try: pass\n${header}: pass\n`
      : header.startsWith('case') ? `match x:\n\x01${header}: pass\n\x02`
        : `${header}: pass\n`;
  return grammar.match(probe, 'Stmt').succeeded();
}

/** The logical line holding laid-out offset `at`, from its first token up to `at`. */
function logicalLineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at + 1).replace(/^[\s\x01\x02]+/, '');
}

/** Brackets open at `at` on its logical line, innermost last, each with whether a ':' stood in it. */
function openBrackets(text: string, at: number): { char: string; colon: boolean }[] {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at).replace(/(['"])(?:\\.|(?!\1).)*\1/g, '""');
  const stack: { char: string; colon: boolean }[] = [];
  for (const ch of line) {
    if ('([{'.includes(ch)) stack.push({ char: ch, colon: false });
    else if (')]}'.includes(ch)) stack.pop();
    else if (ch === ':' && stack.length) stack[stack.length - 1]!.colon = true;
  }
  return stack;
}

/** CPython's invalid_kvpair rules apply inside a `{…}` that already holds a `key: value`. */
function inDictDisplay(text: string, at: number): boolean {
  const top = openBrackets(text, at).pop();
  return top !== undefined && top.char === '{' && top.colon;
}

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/**
 * CPython's invalid_expression rule: inside brackets, an expression directly
 * followed by another ("f(a b)") gets "Perhaps you forgot a comma?".
 */
function forgotComma(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  if (openBrackets(text, at).length === 0 || /^[\s\x01\x02]*(?:async\s+)?def\b/.test(line)) return false;
  const before = /([\w"')\]}]+)\s+$/.exec(line);
  const after = /^[\w"'([{]+/.exec(text.slice(at));
  if (!before || !after) return false;
  const prevWord = /\w+$/.exec(before[1]!)?.[0];
  const nextWord = /^\w+/.exec(after[0])?.[0];
  return !(prevWord && KEYWORDS.has(prevWord) && !['True', 'False', 'None'].includes(prevWord))
    && !(nextWord && KEYWORDS.has(nextWord) && !['True', 'False', 'None', 'lambda', 'not', 'await'].includes(nextWord));
}

const HEADERS: readonly [RegExp, string][] = [
  [/^if\b/, "'if' statement"], [/^elif\b/, "'elif' statement"], [/^else\b/, "'else' statement"],
  [/^while\b/, "'while' statement"], [/^for\b/, "'for' statement"], [/^async\s+for\b/, "'for' statement"],
  [/^with\b/, "'with' statement"], [/^async\s+with\b/, "'with' statement"], [/^try\b/, "'try' statement"],
  [/^except\s*\*/, "'except*' statement"], [/^except\b/, "'except' statement"], [/^finally\b/, "'finally' statement"],
  [/^class\b/, 'class definition'], [/^def\b/, 'function definition'], [/^async\s+def\b/, 'function definition'],
  [/^match\b/, "'match' statement"], [/^case\b/, "'case' statement"],
];

/** The compound statement whose block should start at `at`: the nearest line start before it. */
function blockHeader(text: string, at: number): { what: string; offset: number } {
  let end = text.lastIndexOf('\n', at - 1);
  if (end < 0) end = at;
  let start = text.lastIndexOf('\n', end - 1) + 1;
  while (start < end && /[\s\x01\x02]/.test(text[start]!)) start++;
  const line = text.slice(start, end);
  let what = 'statement';
  for (const [re, name] of HEADERS) if (re.test(line)) { what = name; break; }
  return { what, offset: start };
}
