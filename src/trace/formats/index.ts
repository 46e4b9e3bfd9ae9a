// `--format`: the trace formats (shared/spec/trace.md "Research formats"),
// by name. `jsonl` is the event records themselves; `scratchpad`, `compact`,
// `dynamic` and `cwm` are text written event by event from those records
// and the source lines (writers in this directory, streamed: memory does not
// grow with the trace); `pytutor` reads the live objects (pytutor.ts).
//
// `chars` (batch results): the number of Unicode code points of the trace as
// `etpy trace --format F` writes it: the JSONL text for jsonl, the JSON
// document for pytutor, the text otherwise.
import type { StateMode, TraceFormat } from '../../batch/schema.js';
import type { Frame } from '../../vm/frame.js';
import type { PyValue } from '../../vm/object.js';
import type { TraceHooks } from '../hooks.js';
import { Tracer } from '../tracer.js';
import { JsonlEncoder } from '../jsonl.js';
import { runQuietly, safeRepr } from '../frame-state.js';
import { SourceLines, type FormatEvent, type FormatWriter } from './common.js';
import { compactWriter } from './compact.js';
import { cwmWriter } from './cwm.js';
import { dynamicWriter } from './dynamic.js';
import { describeIterators } from './iterators.js';
import { PyTutorRecorder } from './pytutor.js';
import { scratchpadWriter } from './scratchpad.js';

export type TextFormat = Exclude<TraceFormat, 'jsonl' | 'pytutor'>;

/** The writer of a text format; `skip` is dynamic's `--skip N`. */
export function textWriter(format: TextFormat, source: string, skip = 1): FormatWriter {
  const lines = new SourceLines(source);
  switch (format) {
    case 'scratchpad': return scratchpadWriter(lines);
    case 'compact': return compactWriter(lines);
    case 'dynamic': return dynamicWriter(lines, skip);
    case 'cwm': return cwmWriter(lines);
  }
}

/** A whole trace in a text format, from its events (the golden tests format CPython's events this way). */
export function formatEvents(format: TextFormat, source: string, events: readonly FormatEvent[], skip = 1): string {
  const w = textWriter(format, source, skip);
  let text = '';
  for (const ev of events) text += w.event(ev);
  return text + w.end();
}

export interface FormatTraceOptions {
  format: TraceFormat;
  level: 'line' | 'opcode';
  /** jsonl only: the text formats and pytutor have their own convention for unchanged values. */
  state?: StateMode;
  maxRepr?: number;
  /** dynamic: write every N-th state. */
  skip?: number;
  /** The program (source lines for the text formats, `code` for pytutor). */
  source: string;
  /** Receives the trace's text as it is made. */
  write: (text: string) => void;
  /**
   * jsonl: receives the trace as UTF-8 bytes instead of `write` (the fast
   * path of jsonl.ts, which reuses the repr cache's encoded reprs); the bytes
   * must be consumed before it returns.
   */
  writeBytes?: (bytes: Uint8Array) => void;
}

export interface FormattedTrace {
  /** What to set as the run's tracer. */
  readonly hooks: TraceHooks;
  /** After the run: writes what ends the trace. */
  finish(): void;
}

/** The tracer of a run whose trace is written in `format`. */
export function formatTrace(options: FormatTraceOptions): FormattedTrace {
  const maxRepr = options.maxRepr === undefined ? {} : { maxRepr: options.maxRepr };
  if (options.format === 'pytutor') {
    const recorder = new PyTutorRecorder(options.source, options.write, options.maxRepr);
    return { hooks: recorder, finish: () => recorder.finish() };
  }
  if (options.format === 'jsonl') {
    const writeBytes = options.writeBytes;
    if (writeBytes !== undefined) {
      const jsonl = new JsonlEncoder(writeBytes);
      const tracer = new Tracer({
        level: options.level, state: options.state ?? 'full', keep: false, encodedReprs: true, ...maxRepr,
        onEvent: (ev, encoded) => jsonl.write(ev, encoded),
      });
      return { hooks: tracer, finish: () => jsonl.flush() };
    }
    const tracer = new Tracer({
      level: options.level, state: options.state ?? 'full', keep: false, ...maxRepr,
      onEvent: (ev) => options.write(JSON.stringify(ev) + '\n'),
    });
    return { hooks: tracer, finish: () => undefined };
  }
  const writer = textWriter(options.format, options.source, options.skip ?? 1);
  const dynamic = options.format === 'dynamic';
  // The value stack of the event being recorded (dynamic's iterators).
  let stack: readonly PyValue[] | null = null;
  let sp = 0;
  const tracer: Tracer = new Tracer({
    level: options.level, state: 'full', keep: false, ...maxRepr,
    onEvent: (ev) => {
      const fev: FormatEvent = ev;
      if (dynamic && stack !== null) fev.iterators = describeIterators(stack, sp, (v) => cut(runQuietly(() => safeRepr(v)), options.maxRepr));
      stack = null;
      options.write(writer.event(fev));
    },
  });
  const at = (frame: Frame | null, s: readonly PyValue[] | null, n: number): void => {
    stack = frame === null ? s : frame.stack;
    sp = frame === null ? n : frame.sp;
  };
  const hooks: TraceHooks = {
    opcodes: tracer.opcodes,
    call: (frame) => { stack = null; tracer.call(frame); },
    line: (frame, line) => { at(frame, null, 0); tracer.line(frame, line); },
    ret: (frame, value) => { stack = null; tracer.ret(frame, value); },
    exception: (frame, exc) => { stack = null; tracer.exception(frame, exc); },
    opcode: (frame, pc, s, n) => { at(null, s, n); tracer.opcode(frame, pc, s, n); },
  };
  return { hooks, finish: () => options.write(writer.end()) };
}

/** --max-repr: N code points and `...` (as the tracer cuts reprs). */
function cut(text: string, n: number | undefined): string {
  if (n === undefined || text.length <= n) return text;
  const points = Array.from(text);
  return points.length <= n ? text : points.slice(0, n).join('') + '...';
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Unicode code points in `text` (a surrogate pair counts once): the `chars` of a batch result. */
export function codePointLength(text: string): number {
  let n = text.length;
  if (!HIGH_SURROGATE.test(text)) return n;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
