// Tracebacks: each frame an exception passes through adds its line, and
// `formatException` prints them as CPython 3.12's default excepthook does
// (Python/traceback.c): chained exceptions first, then the header, one entry
// per frame with its source line and the `^^^`/`~~^~~` markers under the
// failing expression, runs of one repeated line folded after three, at most
// the last 1000 entries, and the final `Type: message` line.
import { PyException, type PyValue, type TracebackEntry } from './object.js';
import type { Frame } from './frame.js';
import { None } from './types.js';
import { str } from './protocols.js';
import type { CodeObject } from '../bytecode/code.js';
import { decodePositions, type Positions } from '../bytecode/linetable.js';
import { parse } from '../parser/parse.js';
import { optimizeAst } from '../compiler/ast-optimize.js';
import type * as ast from '../parser/ast-nodes.js';

export function addTraceback(exc: PyException, frame: Frame): void {
  exc.traceback.push({ filename: frame.code.co_filename, lineno: frame.lineno, name: frame.code.co_name, code: frame.code, lasti: frame.lasti });
}

/** `Type: message` as the last line of a traceback (and the batch result's `error`). */
export function exceptionLine(exc: PyException): string {
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

function exceptionMessage(exc: PyException): string {
  return str(exc);
}

/** PyTraceBack_LIMIT */
const TRACEBACK_LIMIT = 1000;
/** TB_RECURSIVE_CUTOFF */
const RECURSIVE_CUTOFF = 3;

/** The whole traceback text, given a way to read source lines of a file. */
export function formatException(exc: PyException, sourceLine: (filename: string, line: number) => string | undefined): string {
  const out: string[] = [];
  const seen = new Set<PyException>();
  const emit = (e: PyException): void => {
    seen.add(e);
    if (e.cause !== null && !seen.has(e.cause)) {
      emit(e.cause);
      out.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (e.context !== null && !e.suppressContext && !seen.has(e.context)) {
      emit(e.context);
      out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    if (e.traceback.length > 0) {
      out.push('Traceback (most recent call last):\n');
      printEntries(out, e.traceback, sourceLine);
    }
    out.push(exceptionLine(e) + '\n');
    if (e.notes !== null) out.push(...formatNotes(e.notes));
  };
  emit(exc);
  return out.join('');
}

function formatNotes(notes: PyValue): string[] {
  const items = (notes as { items?: PyValue[] }).items;
  if (!Array.isArray(items)) {
    try {
      return [`${str(notes)}\n`];
    } catch {
      return ['<__notes__ repr() failed>\n'];
    }
  }
  return items.map((n) => {
    try {
      return `${str(n)}\n`;
    } catch {
      return '<note str() failed>\n';
    }
  });
}

/** tb_print_internal: oldest first, repeated lines folded. */
function printEntries(out: string[], traceback: readonly TracebackEntry[], sourceLine: (filename: string, line: number) => string | undefined): void {
  // exc.traceback is innermost first (entries are added while unwinding).
  const entries = traceback.slice().reverse();
  const first = Math.max(0, entries.length - TRACEBACK_LIMIT);
  let last: TracebackEntry | null = null;
  let count = 0;
  const repeated = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  for (let i = first; i < entries.length; i++) {
    const tb = entries[i]!;
    if (last === null || tb.filename !== last.filename || tb.lineno !== last.lineno || tb.name !== last.name) {
      repeated();
      last = tb;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) printEntry(out, tb, sourceLine);
  }
  repeated();
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

/** tb_displayline: the File line, the stripped source line, then the markers when they add anything. */
function printEntry(out: string[], tb: TracebackEntry, sourceLine: (filename: string, line: number) => string | undefined): void {
  out.push(`  File "${tb.filename}", line ${tb.lineno}, in ${tb.name}\n`);
  const raw = sourceLine(tb.filename, tb.lineno);
  if (raw === undefined) return;
  const line = raw.replace(/[\r\n]+$/, '');
  let truncation = 0;
  while (truncation < line.length && isSpace(line[truncation]!)) truncation++;
  const shown = line.slice(truncation).replace(/\s+$/, '');
  if (shown === '') return;
  out.push(`    ${shown}\n`);
  try {
    const markers = markerLine(tb, line, truncation, shown.length);
    if (markers !== null) out.push(markers);
  } catch {
    // No markers when the positions or the segment cannot be read.
  }
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

export function isNone(v: PyValue): boolean {
  return v === None;
}
