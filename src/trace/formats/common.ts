// Pieces the text formats share: the source line of an event, the JSON
// spelling of a state, and the per-frame bookkeeping of a stream of events.
// Core code: no Node imports.
import { nameRecord, type Locals, type TraceEvent } from '../../batch/schema.js';

/** An event as the formats read it: trace.md's record, plus what only etpy can see. */
export type FormatEvent = TraceEvent & {
  /** dynamic: the position of each iterator on the frame's value stack (iterators.ts). */
  iterators?: string[];
};

/** Writes one format: text for each event in order, then the text that ends the trace. */
export interface FormatWriter {
  event(ev: FormatEvent): string;
  end(): string;
}

/** The program's lines, numbered as CPython numbers them (\n, \r\n and \r end a line). */
export class SourceLines {
  private readonly lines: string[];
  constructor(source: string) {
    this.lines = source.split(/\r\n|\r|\n/);
  }

  /** Line `n` without its end of line; '' for no line (the module's `call` event is line 0). */
  text(n: number | null): string {
    if (n === null || n < 1) return '';
    return this.lines[n - 1] ?? '';
  }
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON text in the spelling of Python's `json.dumps` defaults: `", "` and
 * `": "` separators, and (`ascii`) every non-ASCII character as `\uXXXX`.
 */
export function pyJson(value: unknown, ascii = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => pyJson(v, ascii)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${pyJson(k, ascii)}: ${pyJson(v, ascii)}`).join(', ')}}`;
  }
  const text = JSON.stringify(value) ?? 'null';
  return ascii ? text.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}

/**
 * The frames of a well-formed event stream, by depth: a `call` event starts
 * the frame at its depth (a generator's resumption is a new start, as for
 * `--state delta`), its `return` ends it.
 */
export class FrameStack<T> {
  private readonly frames: (T | undefined)[] = [];

  /** The record of the frame at `depth`, creating it (fresh at a `call`). */
  at(ev: TraceEvent, fresh: () => T): T {
    const i = ev.depth - 1;
    if (ev.event === 'call' || this.frames[i] === undefined) {
      this.frames[i] = fresh();
      this.frames.length = i + 1;
    }
    return this.frames[i]!;
  }

  /** After a `return` event: the frame is gone. */
  pop(ev: TraceEvent): void {
    if (ev.event === 'return') this.frames.length = Math.min(this.frames.length, ev.depth - 1);
  }

  /** Active frames, outermost first. */
  all(): readonly (T | undefined)[] {
    return this.frames;
  }
}

/** The locals whose repr differs from `before` (new names included), and removed names as null. */
export function changes(before: Locals | null, now: Locals): Record<string, string | null> {
  const out = nameRecord<string | null>();
  // Own keys only: events parsed from JSON are plain objects, where `in` also finds `constructor`.
  for (const [k, v] of Object.entries(now)) if (before === null || !Object.hasOwn(before, k) || before[k] !== v) out[k] = v;
  if (before !== null) for (const k of Object.keys(before)) if (!Object.hasOwn(now, k)) out[k] = null;
  return out;
}

/** The head line of an event: `line f:3  for i in range(n):`, `opcode f:3 @12 LOAD_FAST`. */
export function headLine(ev: TraceEvent, lines: SourceLines): string {
  const at = `${ev.func}:${ev.line ?? '-'}`;
  if (ev.event === 'opcode') return `opcode ${at} @${ev.offset} ${ev.opname}`;
  const text = lines.text(ev.line).trim();
  return text === '' ? `${ev.event} ${at}` : `${ev.event} ${at}  ${text}`;
}

/** The lines every text format adds after the state: a return value, an exception, the value stack. */
export function tailLines(ev: TraceEvent): string[] {
  if (ev.event === 'return') return [`value: ${pyJson(ev.value)}`];
  if (ev.event === 'exception') return [`exception: ${pyJson(ev.exception)}`];
  if (ev.event === 'opcode' && ev.stack !== undefined) return [`stack: ${pyJson(ev.stack)}`];
  return [];
}
