// Tracebacks: each frame an exception passes through adds its line, and
// `formatException` prints them as CPython 3.12's default excepthook does
// (Python/traceback.c): chained exceptions first, then the header, one entry
// per frame with its source line and the `^^^`/`~~^~~` markers under the
// failing expression, runs of one repeated line folded after three, at most
// the last 1000 entries, and the final `Type: message` line.
import { PyCell, type PyDict, PyException, PyList, PyTuple, type PyValue, type TracebackEntry } from './object.js';
import type { Frame } from './frame.js';
import { None, excType } from './types.js';
import { callSpecial, compareStr, getAttrOrUndefined, repr, str, toArray } from './protocols.js';
import type { CodeObject } from '../bytecode/code.js';
import { decodePositions, type Positions } from '../bytecode/linetable.js';
import { parse } from '../parser/parse.js';
import { optimizeAst } from '../compiler/ast-optimize.js';
import type * as ast from '../parser/ast-nodes.js';

/** Traceback objects for an exception's entries (traceback-object.ts installs it; eval-support's __exit__ call needs it). */
export const tracebackObjects: { of: (exc: PyException) => PyValue } = { of: () => None };

export function addTraceback(exc: PyException, frame: Frame): void {
  exc.traceback.push({ filename: frame.code.co_filename, lineno: frame.lineno, name: frame.code.co_name, code: frame.code, lasti: frame.lasti, frame });
}

/**
 * `Type: message` as the batch result's `error` (what traceback.py's
 * format_exception_only gives without a traceback: AttributeError's "Did you
 * mean" and NameError's "Did you forget to import").
 */
export function exceptionLine(exc: PyException): string {
  if (exc.cls.isSubtypeOf(excType('SyntaxError'))) return syntaxErrorLine(exc);
  // The oracle's line drops every trailing newline (a message may end in one).
  return (typeAndMessage(exc) + suggestionWithoutTraceback(exc)).replace(/\n+$/, '');
}

/**
 * traceback.py's last line for a SyntaxError: `Type: msg`, plus ` (filename)`
 * when there is a file but no line number; "<no detail available>" for no msg.
 */
function syntaxErrorLine(exc: PyException): string {
  const t = exc.cls;
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  try {
    const field = (attr: string): PyValue => getAttrOrUndefined(exc, attr) ?? None;
    const msg = field('msg');
    const text = msg === None ? '' : str(msg);
    const filename = field('filename');
    const suffix = field('lineno') === None && filename !== None ? ` (${str(filename)})` : '';
    return `${name}: ${text === '' ? '<no detail available>' : text}${suffix}`;
  } catch {
    return typeAndMessage(exc);
  }
}

function typeAndMessage(exc: PyException): string {
  const t = exc.cls;
  const mod = t.module;
  const name = mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
  let message: string;
  try {
    message = exceptionMessage(exc);
  } catch {
    message = '<exception str() failed>';
  }
  return message === '' ? name : `${name}: ${message}`;
}

/** The last line CPython's excepthook prints (Python/suggestions.c for the exact types). */
function printedExceptionLine(exc: PyException): string {
  return typeAndMessage(exc) + printedSuggestion(exc);
}

function exceptionMessage(exc: PyException): string {
  return str(exc);
}

/** PyTraceBack_LIMIT */
const TRACEBACK_LIMIT = 1000;
/** TB_RECURSIVE_CUTOFF */
const RECURSIVE_CUTOFF = 3;

/** The whole traceback text, given a way to read source lines of a file (the excepthook's). */
export function formatException(exc: PyException, sourceLine: SourceLine): string {
  return formatExceptionChunks(exc, sourceLine).join('');
}

type SourceLine = (filename: string, line: number) => string | undefined;

/** How the traceback module's functions differ from the excepthook (traceback.format_exception's arguments). */
export interface TracebackModuleOptions {
  /** null: every entry; n >= 0: the n outermost; n < 0: the -n innermost. */
  readonly limit: number | null;
  readonly chain: boolean;
  /** The top exception's entries in place of its own (an explicit tb argument), innermost first. */
  readonly entries?: readonly TracebackEntry[];
}

/**
 * The traceback as the pieces traceback.format_exception lists: the header,
 * one piece per frame (its File line, source line and markers), the chaining
 * messages, the exception line and each note. Without `module`, the
 * excepthook's text (at most the last 1000 frames).
 */
export function formatExceptionChunks(exc: PyException, sourceLine: SourceLine, module?: TracebackModuleOptions): string[] {
  const out: string[] = [];
  const seen = new Set<PyException>();
  const emit = (e: PyException, entries: readonly TracebackEntry[]): void => {
    seen.add(e);
    if (module === undefined || module.chain) {
      if (e.cause !== null && !seen.has(e.cause)) {
        emit(e.cause, e.cause.traceback);
        out.push('\nThe above exception was the direct cause of the following exception:\n\n');
      } else if (e.context !== null && !e.suppressContext && !seen.has(e.context)) {
        emit(e.context, e.context.traceback);
        out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
      }
    }
    if (entries.length > 0) {
      out.push('Traceback (most recent call last):\n');
      printEntries(out, entries, sourceLine, module === undefined ? undefined : module.limit);
    }
    out.push(...exceptionOnlyChunks(e, module === undefined));
  };
  emit(exc, module?.entries ?? exc.traceback);
  return out;
}

/**
 * traceback.format_exception_only: the exception line (a SyntaxError's place,
 * text and carets first, as the traceback module or, for `hook`, as the
 * excepthook shows them), then the notes.
 */
export function exceptionOnlyChunks(e: PyException, hook = false): string[] {
  const out = (e.cls.isSubtypeOf(excType('SyntaxError')) ? syntaxErrorChunks(e, hook) : null) ?? [printedExceptionLine(e) + '\n'];
  const notes = getAttrOrUndefined(e, '__notes__');
  if (notes !== undefined) out.push(...formatNotes(notes));
  return out;
}

/**
 * A SyntaxError shown where it was found: `  File "f", line N`, the
 * offending text without its indentation, carets from offset to end_offset,
 * then `Type: msg` (the file in the message only when there is no line
 * number). Null when an attribute cannot be read.
 */
function syntaxErrorChunks(exc: PyException, hook: boolean): string[] | null {
  const field = (attr: string): PyValue => getAttrOrUndefined(exc, attr) ?? None;
  const text = (v: PyValue): string | null => (v === None ? null : str(v));
  const num = (v: PyValue): number | null => (v === None ? null : Number(v));
  try {
    const fields: SyntaxErrorFields = {
      type: qualifiedName(exc), msg: text(field('msg')) ?? '', filename: text(field('filename')),
      lineno: field('lineno') === None ? null : str(field('lineno')), text: text(field('text')),
      offset: num(field('offset')), endOffset: num(field('end_offset')),
    };
    return hook ? hookSyntaxErrorLines(fields) : syntaxErrorLines(fields);
  } catch {
    return null;
  }
}

/** What a SyntaxError display reads from the exception. */
export interface SyntaxErrorFields {
  readonly type: string;
  readonly msg: string;
  readonly filename: string | null;
  readonly lineno: string | null;
  readonly text: string | null;
  readonly offset: number | null;
  readonly endOffset: number | null;
}

/**
 * The excepthook's display of a SyntaxError (pythonrun.c print_error_text):
 * the text without its leading spaces, tabs and form feeds and from the line
 * the offset falls in, then, unless the offset points left of the text,
 * carets from it (one, or up to end_offset).
 */
export function hookSyntaxErrorLines(e: SyntaxErrorFields): string[] {
  const out: string[] = [];
  if (e.lineno !== null) out.push(`  File "${e.filename ?? '<string>'}", line ${e.lineno}\n`);
  if (e.text !== null && e.offset !== null) {
    // The offsets count characters; C counts the UTF-8 bytes of the text (an 'é' before the end is two carets).
    const chars = Array.from(e.text);
    const bytesBefore = (n: number): number => new TextEncoder().encode(chars.slice(0, Math.max(0, n)).join('')).length + Math.max(0, n - chars.length);
    const start0 = bytesBefore(e.offset - 1) + 1;
    const end0 = e.endOffset === null || e.endOffset <= 0 ? e.endOffset : bytesBefore(e.endOffset - 1) + 1;
    const carets = end0 !== null && end0 > 0 && end0 > start0 ? end0 - start0 : 1;
    let text = chars;
    let offset = e.offset - 1;
    let start = 0;
    while (start < text.length && (text[start] === ' ' || text[start] === '\t' || text[start] === '\f')) {
      start++;
      offset--;
    }
    text = text.slice(start);
    let len = text.length;
    if (len > 0 && text[len - 1] === '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
      const nl = text.indexOf('\n');
      if (nl < 0 || nl >= offset) break;
      text = text.slice(nl + 1);
      len -= nl + 1;
      offset -= nl + 1;
    }
    const line = text.join('');
    out.push(`    ${line}${text[len] === '\n' ? '' : '\n'}`);
    const pad = offset < 0 ? 0 : new TextEncoder().encode(text.slice(0, offset).join('')).length + Math.max(0, offset - text.length);
    if (offset >= 0) out.push(`    ${' '.repeat(pad)}${'^'.repeat(carets)}\n`);
  }
  out.push(`${e.type}: ${e.msg}\n`);
  return out;
}

/** The lines of a SyntaxError's display (traceback.py's _format_syntax_error), each ending in a newline. */
export function syntaxErrorLines(e: SyntaxErrorFields): string[] {
  const out: string[] = [];
  let suffix = '';
  if (e.lineno !== null) out.push(`  File "${e.filename === null || e.filename === '' ? '<string>' : e.filename}", line ${e.lineno}\n`);
  else if (e.filename !== null) suffix = ` (${e.filename})`;
  if (e.text !== null) {
    const text = Array.from(e.text);
    let end = text.length;
    while (end > 0 && text[end - 1] === '\n') end--;
    let start = 0;
    while (start < end && (text[start] === ' ' || text[start] === '\n' || text[start] === '\f')) start++;
    const shown = text.slice(start, end);
    out.push(`    ${shown.join('')}\n`);
    if (e.offset !== null) {
      let offset = e.offset;
      let endOffset = e.endOffset === null || e.endOffset === 0 ? offset : e.endOffset;
      if (text.length > 0 && offset > text.length) offset = text.length + 1;
      if (text.length > 0 && endOffset > text.length) endOffset = text.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const col = offset - 1 - start;
      const endCol = endOffset - 1 - start;
      if (col >= 0) {
        // Whitespace other than spaces (tabs) is kept so that the carets line up.
        const pad = shown.slice(0, col).map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out.push(`    ${pad}${'^'.repeat(Math.max(0, endCol - col))}\n`);
      }
    }
  }
  out.push(`${e.type}: ${e.msg === '' ? '<no detail available>' : e.msg}${suffix}\n`);
  return out;
}

function qualifiedName(exc: PyException): string {
  const t = exc.cls;
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
}

/** The notes under an exception (print_exception_notes): each note's str(), or the repr of a __notes__ that is no list or tuple. */
function formatNotes(notes: PyValue): string[] {
  if (!(notes instanceof PyList || notes instanceof PyTuple)) {
    try {
      return [`${repr(notes)}\n`];
    } catch {
      return ['<__notes__ repr() failed>\n'];
    }
  }
  return notes.items.map((n) => {
    try {
      return `${str(n)}\n`;
    } catch {
      return '<note str() failed>\n';
    }
  });
}

/**
 * Files of modules etpy writes in Python that CPython implements in C (io,
 * decimal): their frames never show in a traceback, as C frames do not.
 */
export const HIDDEN_FRAME_FILES = new Set<string>();

/**
 * tb_print_internal: oldest first, repeated lines folded. `limit` is the
 * traceback module's (undefined: the excepthook's last 1000 frames).
 */
function printEntries(out: string[], traceback: readonly TracebackEntry[], sourceLine: SourceLine, limit?: number | null): void {
  // exc.traceback is innermost first (entries are added while unwinding).
  let entries = traceback.filter((tb) => !HIDDEN_FRAME_FILES.has(tb.filename)).reverse();
  if (limit === undefined) entries = entries.slice(Math.max(0, entries.length - TRACEBACK_LIMIT));
  else if (limit !== null) entries = limit >= 0 ? entries.slice(0, limit) : entries.slice(Math.max(0, entries.length + limit));
  out.push(...entryChunks(entries, sourceLine));
}

/** One piece per entry, oldest first, a run of more than three identical lines folded into a count. */
export function entryChunks(entries: readonly TracebackEntry[], sourceLine: SourceLine): string[] {
  const out: string[] = [];
  let last: TracebackEntry | null = null;
  let count = 0;
  const repeated = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  for (const tb of entries) {
    if (last === null || tb.filename !== last.filename || tb.lineno !== last.lineno || tb.name !== last.name) {
      repeated();
      last = tb;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out.push(formatEntry(tb, sourceLine));
  }
  repeated();
  return out;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

/** tb_displayline: the File line, the stripped source line, then the markers when they add anything. */
function formatEntry(tb: TracebackEntry, sourceLine: SourceLine): string {
  const head = `  File "${tb.filename}", line ${tb.lineno}, in ${tb.name}\n`;
  const raw = sourceLine(tb.filename, tb.lineno);
  if (raw === undefined) return head;
  const line = raw.replace(/[\r\n]+$/, '');
  let truncation = 0;
  while (truncation < line.length && isSpace(line[truncation]!)) truncation++;
  const shown = line.slice(truncation).replace(/\s+$/, '');
  if (shown === '') return head;
  let markers: string | null = null;
  try {
    markers = markerLine(tb, line, truncation, shown.length);
  } catch {
    // No markers when the positions or the segment cannot be read.
  }
  return `${head}    ${shown}\n${markers ?? ''}`;
}

const positionCache = new WeakMap<CodeObject, Positions[]>();

function positionsOf(code: CodeObject, lasti: number): Positions | undefined {
  let p = positionCache.get(code);
  if (p === undefined) {
    p = decodePositions(code);
    positionCache.set(code, p);
  }
  return p[lasti];
}

/** The characters of `line` (code points) before UTF-8 byte offset `byteOffset`. */
function charOffset(line: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  if (byteOffset > bytes.length) return -1;
  return [...new TextDecoder().decode(bytes.subarray(0, byteOffset))].length;
}

function markerLine(tb: TracebackEntry, line: string, truncation: number, strippedLength: number): string | null {
  if (tb.code === undefined || tb.lasti === undefined || tb.lasti < 0) return null;
  const pos = positionsOf(tb.code, tb.lasti);
  if (pos === undefined) return null;
  const [startLine, endLine, startByte, endByte] = pos;
  if (startLine === null || endLine === null || startByte === null || endByte === null) return null;
  if (startLine < 0 || endLine < 0 || startByte < 0 || endByte < 0) return null;
  const chars = [...line];
  const start = charOffset(line, startByte);
  if (start < 0) return null;
  let end: number;
  let leftEnd = -1;
  let rightStart = -1;
  let primary = '^';
  let secondary = '^';
  if (startLine === endLine) {
    end = charOffset(line, endByte);
    if (end < 0) return null;
    const anchors = segmentAnchors(chars.slice(start, end).join(''));
    if (anchors !== null) {
      leftEnd = anchors.left + start;
      rightStart = anchors.right + start;
      primary = '~';
      secondary = '^';
    }
  } else {
    // A multi-line expression: underline to the last non-space character.
    let i = chars.length;
    while (--i >= 0) if (!isSpace(chars[i]!)) break;
    end = i + 1;
  }
  const hasSecondary = leftEnd !== -1 || rightStart !== -1;
  if (end - start === strippedLength && !hasSecondary) return null;
  let s = '    ';
  for (let col = truncation; col < end; col++) {
    if (col < start) s += ' ';
    else if (hasSecondary && leftEnd <= col && col < rightStart) s += secondary;
    else s += primary;
  }
  return s + '\n';
}

/**
 * extract_anchors_from_line: the segment parsed alone; for a binary operation
 * the operator, for a subscript the brackets (character offsets in the segment).
 */
function segmentAnchors(segment: string): { left: number; right: number } | null {
  let mod: ast.Module;
  try {
    mod = parse(segment, '<traceback>', { checkAstDepth: false });
    optimizeAst(mod, { filename: '<traceback>', startDepth: 0 });
  } catch {
    return null;
  }
  if (mod.body.length !== 1) return null;
  const stmt = mod.body[0]!;
  if (stmt._type !== 'Expr') return null;
  const expr = stmt.value;
  const bytes = new TextEncoder().encode(segment);
  const at = (i: number): string => String.fromCharCode(bytes[i] ?? 0);
  const toChars = (byteOffset: number): number => [...new TextDecoder().decode(bytes.subarray(0, byteOffset))].length;
  if (expr._type === 'BinOp') {
    const leftEndCol = expr.left.end_col_offset;
    const rightCol = expr.right.col_offset;
    let found: { left: number; right: number } | null = null;
    for (let i = leftEndCol; i < rightCol; i++) {
      if (isSpace(at(i))) continue;
      let right = i + 1;
      if (i + 1 < rightCol && !isSpace(at(i + 1))) right++;
      found = { left: i, right };
      if (i + 1 < rightCol && at(i) === ')') continue;
      break;
    }
    if (found === null) return null;
    return { left: toChars(found.left), right: toChars(found.right) };
  }
  if (expr._type === 'Subscript') {
    let left = expr.value.end_col_offset;
    let right = expr.slice.end_col_offset + 1;
    const len = bytes.length;
    while (left < len && (isSpace(at(left)) || at(left) !== '[')) left++;
    while (right < len && (isSpace(at(right)) || at(right) !== ']')) right++;
    if (right < len) right++;
    return { left: toChars(left), right: toChars(right) };
  }
  return null;
}

// ---------------------------------------------------------------------------
// "Did you mean" (Python/suggestions.c, Lib/traceback.py)

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

function levenshtein(x: number[], y: number[], maxCost: number): number {
  let a = x;
  let b = y;
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  a = a.slice(lo);
  b = b.slice(lo);
  let hi = 0;
  while (hi < a.length && hi < b.length && a[a.length - 1 - hi] === b[b.length - 1 - hi]) hi++;
  a = a.slice(0, a.length - hi);
  b = b.slice(0, b.length - hi);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest candidate within a third of the characters changed. */
function closest(candidates: readonly string[], name: string, pythonVersion: boolean): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const codes = (s: string): number[] => (pythonVersion ? [...s].map((c) => c.codePointAt(0)!) : [...new TextEncoder().encode(s)]);
  const wrong = codes(name);
  if (pythonVersion && wrong.length > MAX_STRING_SIZE) return null;
  let best: string | null = null;
  let bestDistance = pythonVersion ? wrong.length : Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const other = codes(item);
    let maxDistance = Math.floor((wrong.length + other.length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(wrong, other, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function attrOfException(exc: PyException, name: string): PyValue | undefined {
  const v = exc.dict?.getStr(name);
  return v === undefined || v === None ? undefined : v;
}

function dirNames(obj: PyValue): string[] | null {
  try {
    const listed = callSpecial(obj, '__dir__', []);
    if (listed === undefined) return null;
    return toArray(listed).map((v) => (typeof v === 'string' ? v : str(v))).sort(compareStr);
  } catch {
    return null;
  }
}

function attributeSuggestion(exc: PyException, pythonVersion: boolean): string | null {
  const name = attrOfException(exc, 'name');
  const obj = attrOfException(exc, 'obj');
  if (typeof name !== 'string' || obj === undefined) return null;
  const dir = dirNames(obj);
  return dir === null ? null : closest(dir, name, pythonVersion);
}

function isStdlibModule(name: string): boolean {
  return STDLIB_MODULES.has(name);
}

/** traceback.py without a traceback, as the batch oracle reports errors. */
function suggestionWithoutTraceback(exc: PyException): string {
  try {
    if (exc.cls.isSubtypeOf(excType('AttributeError'))) {
      const s = attrOfException(exc, 'name') === undefined ? null : attributeSuggestion(exc, true);
      return s === null ? '' : `. Did you mean: '${s}'?`;
    }
    if (exc.cls.isSubtypeOf(excType('NameError'))) {
      const name = attrOfException(exc, 'name');
      if (typeof name === 'string' && isStdlibModule(name)) return `. Did you forget to import '${name}'`;
    }
  } catch {
    // no suggestion
  }
  return '';
}

/** pythonrun.c print_exception_suggestions (exact AttributeError and NameError only). */
function printedSuggestion(exc: PyException): string {
  try {
    if (exc.cls === excType('AttributeError')) {
      const s = attributeSuggestion(exc, false);
      return s === null ? '' : `. Did you mean: '${s}'?`;
    }
    if (exc.cls === excType('NameError')) {
      const name = attrOfException(exc, 'name');
      if (typeof name !== 'string') return '';
      const s = nameSuggestion(exc, name);
      let out = s === null ? '' : `. Did you mean: '${s}'?`;
      if (isStdlibModule(name)) out += s === null ? `. Did you forget to import '${name}'?` : ` Or did you forget to import '${name}'?`;
      return out;
    }
  } catch {
    // no suggestion
  }
  return '';
}

/** offer_suggestions_for_name_error: the innermost frame's locals, `self.name`, globals, builtins. */
function nameSuggestion(exc: PyException, name: string): string | null {
  const tb = exc.traceback[0];
  if (tb === undefined || tb.code === undefined || tb.frame === undefined) return null;
  const code = tb.code;
  const varnames = code.co_varnames;
  const selfIndex = varnames.indexOf('self');
  if (selfIndex >= 0) {
    const i = code.co_localsplusnames.indexOf('self');
    let self = tb.frame.localsplus[i];
    if (self instanceof PyCell) self = self.value;
    if (self !== undefined) {
      let has = false;
      try {
        has = getAttrOrUndefined(self, name) !== undefined;
      } catch {
        has = false;
      }
      if (has) return `self.${name}`;
    }
  }
  const keys = (d: PyDict): string[] => [...d.entries()].map(([k]) => k).filter((k): k is string => typeof k === 'string');
  return closest(varnames, name, false) ?? closest(keys(tb.frame.globals), name, false) ?? closest(keys(tb.frame.builtins), name, false);
}

/** sys.stdlib_module_names of CPython 3.12. */
const STDLIB_MODULES = new Set((
  '__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp ' +
  '_codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses ' +
  '_curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib ' +
  '_heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator ' +
  '_osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _queue _random ' +
  '_scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct ' +
  '_symtable _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi ' +
  '_zoneinfo abc aifc antigravity argparse array ast asyncio atexit audioop base64 bdb binascii bisect builtins bz2 cProfile ' +
  'calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib ' +
  'contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis doctest email encodings ' +
  'ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass ' +
  'gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr importlib inspect io ipaddress itertools ' +
  'json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt ' +
  'multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle ' +
  'pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc ' +
  'pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve ' +
  'shlex shutil signal site smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat ' +
  'statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile ' +
  'termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo ' +
  'types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml ' +
  'xmlrpc zipapp zipfile zipimport zlib zoneinfo'
).split(' '));

export function isNone(v: PyValue): boolean {
  return v === None;
}
