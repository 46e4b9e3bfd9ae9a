// The trace recorder: turns the eval loop's hooks (hooks.ts) into the event
// records of shared/spec/trace.md, as src/testing/oracle_tracer.py records
// them from CPython 3.12's sys.settrace / sys.monitoring:
// - depth: 1 for the outermost traced frame, +1 per traced frame below it;
// - locals: a function frame's f_locals dict, which persists across events
//   (names keep the position of their first appearance, an unbound name is
//   removed); a module frame's globals minus `__` names and modules; a class
//   body's namespace;
// - `--max-repr N`: N characters and `...`; `--state delta`: `..` for a repr
//   unchanged since the frame's previous event (call events full).
// Reprs run with tracing, step counting and output off, as in the oracle
// (CPython does not trace inside a trace function; prints are discarded).
import { nameRecord, type Locals, type StateMode, type TraceEvent } from '../batch/schema.js';
import { OPCODE_INFO, Op } from '../bytecode/opcodes.js';
import type { PyException, PyValue } from '../vm/object.js';
import type { Frame } from '../vm/frame.js';
import { exceptionLine } from '../vm/traceback.js';
import type { TraceHooks } from './hooks.js';
import { ReprCache } from './repr-cache.js';
import { FrameLocals, runQuietly, safeRepr } from './frame-state.js';

export interface TracerOptions {
  level: 'line' | 'opcode';
  state?: StateMode;
  maxRepr?: number;
  /** Called with each finished event (streaming); events are kept in `events` unless `keep` is false. */
  onEvent?: (event: TraceEvent, encoded?: EncodedReprs) => void;
  keep?: boolean;
  /**
   * Hand onEvent each event's locals as arrays (EncodedReprs), with the JSON
   * bytes of long container reprs the repr cache already has (jsonl.ts uses
   * them; valid only during the call: the next event writes over them). The
   * event's own `locals` is then empty unless events are kept.
   */
  encodedReprs?: boolean;
  /** etpy-only `stack` field on opcode events (default true). */
  stack?: boolean;
}

const UNCHANGED = '..';

/**
 * An event's locals as parallel arrays (the first `count` entries are this
 * event's): names, reprs as the event shows them, and their JSON encoding
 * where the repr cache had it; then the return value's and the stack items'.
 */
export interface EncodedReprs {
  count: number;
  names: string[];
  texts: string[];
  locals: (Uint8Array | undefined)[];
  value: Uint8Array | undefined;
  stack: (Uint8Array | undefined)[] | undefined;
}

/** The `locals` of an event whose locals go to onEvent in EncodedReprs only. */
const NO_LOCALS: Locals = Object.freeze(nameRecord<string>());

export class Tracer implements TraceHooks {
  readonly opcodes: boolean;
  readonly events: TraceEvent[] = [];
  private step = 0;
  private readonly delta: boolean;
  private readonly maxRepr: number | undefined;
  private readonly onEvent: ((event: TraceEvent, encoded?: EncodedReprs) => void) | undefined;
  /** The current event's encoded reprs, when options.encodedReprs (one record, written over at each event). */
  private readonly encoded: EncodedReprs | undefined;
  /** Whether events get their `locals` record (kept events, or an onEvent that reads no EncodedReprs). */
  private readonly withLocals: boolean;
  private readonly keep: boolean;
  private readonly withStack: boolean;
  /** Traced frames between their `call` and `return` events → depth. */
  private readonly active = new Map<Frame, number>();
  private readonly locals = new FrameLocals();
  /** --state delta: each active frame's reprs at its previous event. */
  private readonly seen = new Map<Frame, Map<string, string>>();
  /** Reprs of builtin containers, reused while their items are unchanged (repr-cache.ts). */
  private readonly reprs = new ReprCache();

  constructor(options: TracerOptions) {
    this.opcodes = options.level === 'opcode';
    this.delta = options.state === 'delta';
    this.maxRepr = options.maxRepr;
    this.onEvent = options.onEvent;
    this.keep = options.keep ?? true;
    this.withStack = options.stack ?? true;
    this.encoded = options.encodedReprs === true
      ? { count: 0, names: [], texts: [], locals: [], value: undefined, stack: undefined }
      : undefined;
    this.withLocals = this.keep || this.encoded === undefined;
  }

  call(frame: Frame): void {
    if (!frame.info.traced) return;
    this.active.set(frame, this.active.size + 1);
    this.emit(this.base(frame, 'call', lineAt(frame, frame.lasti), true));
  }

  line(frame: Frame, line: number): void {
    if (!frame.info.traced) return;
    this.emit(this.base(frame, 'line', line, false));
  }

  ret(frame: Frame, value: PyValue | null): void {
    if (!frame.info.traced) return;
    const ev = this.base(frame, 'return', lineAt(frame, frame.lasti), false) as TraceEvent & { value: string | null };
    ev.value = value === null ? null : this.cut(runQuietly(() => this.repr(value)));
    if (this.encoded !== undefined && value !== null && ev.value !== null) this.encoded.value = this.reprs.jsonOf(value, ev.value);
    this.active.delete(frame);
    this.seen.delete(frame);
    this.emit(ev);
  }

  exception(frame: Frame, exc: PyException): void {
    if (!frame.info.traced) return;
    const ev = this.base(frame, 'exception', lineAt(frame, frame.lasti), false) as TraceEvent & { exception: string };
    ev.exception = runQuietly(() => exceptionLine(exc));
    this.emit(ev);
  }

  opcode(frame: Frame, pc: number, stack: readonly PyValue[], sp: number): void {
    if (!frame.info.traced || !this.active.has(frame)) return;
    const op = frame.info.ops[pc]!;
    if (op === Op.RESUME) return;
    const ev = this.base(frame, 'opcode', lineAt(frame, pc), false) as TraceEvent & { offset: number; opname: string; stack?: string[] };
    ev.offset = pc * 2;
    ev.opname = OPCODE_INFO[op]?.name ?? `<${op}>`;
    if (this.withStack) {
      const items: string[] = [];
      runQuietly(() => {
        for (let i = 0; i < sp; i++) items.push(this.cut(stackItemRepr(stack[i], this.repr)));
      });
      ev.stack = items;
      if (this.encoded !== undefined) this.encoded.stack = items.map((text, i) => {
        const v = stack[i];
        return v === undefined ? undefined : this.reprs.jsonOf(v, text);
      });
    }
    this.emit(ev);
  }

  private emit(ev: TraceEvent): void {
    if (this.keep) this.events.push(ev);
    this.onEvent?.(ev, this.encoded);
  }

  private base(frame: Frame, event: TraceEvent['event'], line: number | null, full: boolean): TraceEvent {
    const encoded = this.encoded;
    if (encoded !== undefined) {
      encoded.value = undefined;
      encoded.stack = undefined;
    }
    const ev = {
      step: this.step++,
      event,
      func: frame.code.co_qualname,
      line,
      depth: this.active.get(frame) ?? 1,
      locals: this.localsOf(frame, full),
    };
    return ev as TraceEvent;
  }

  /** localsOf's working arrays, overwritten at each event (the reprs it asks for run untraced: no event comes in between). */
  private readonly scratchNames: string[] = [];
  private readonly scratchValues: (PyValue | undefined)[] = [];
  private readonly scratchTexts: string[] = [];

  private localsOf(frame: Frame, full: boolean): Locals {
    const names = this.scratchNames;
    const values = this.scratchValues;
    const texts = this.scratchTexts;
    // Only the first n entries are this event's (setting an array's length is a slow call in V8).
    const n = this.locals.collect(frame, names, values);
    // Pure values (repr-cache.ts) run no Python code: only the others need a quiet section.
    let impure = false;
    for (let i = 0; i < n; i++) {
      const r = this.reprs.get(values[i]!);
      if (r === undefined) impure = true;
      texts[i] = r ?? ''; // no repr is empty: '' marks the impure
    }
    if (impure) {
      runQuietly(() => {
        for (let i = 0; i < n; i++) if (texts[i] === '') texts[i] = safeRepr(values[i]!);
      });
    }
    const out = this.withLocals ? nameRecord<string>() : NO_LOCALS;
    let before: Map<string, string> | undefined;
    if (this.delta) {
      if (!full) before = this.seen.get(frame);
      const reprs = new Map<string, string>();
      for (let i = 0; i < n; i++) reprs.set(names[i]!, texts[i]!);
      this.seen.set(frame, reprs);
    }
    const encoded = this.encoded;
    for (let i = 0; i < n; i++) {
      const r = texts[i]!;
      const text = before !== undefined && before.get(names[i]!) === r ? UNCHANGED : this.cut(r);
      if (out !== NO_LOCALS) out[names[i]!] = text;
      if (encoded !== undefined) {
        encoded.names[i] = names[i]!;
        encoded.texts[i] = text;
        encoded.locals[i] = text === r ? this.reprs.jsonOf(values[i]!, r) : undefined;
      }
    }
    if (encoded !== undefined) encoded.count = n;
    for (let i = 0; i < n; i++) values[i] = undefined; // (holds no program value past its event)
    return out;
  }

  /** A value's repr, from the repr cache when it is a pure container (repr-cache.ts). */
  private readonly repr = (value: PyValue): string => this.reprs.get(value) ?? safeRepr(value);

  private cut(text: string): string {
    const n = this.maxRepr;
    if (n === undefined || text.length <= n) return text;
    const points = Array.from(text);
    return points.length <= n ? text : points.slice(0, n).join('') + '...';
  }
}

/** A stack item's repr (run it quietly): NULL (PUSH_NULL, an unbound LOAD_FAST_AND_CLEAR) has none. */
function stackItemRepr(v: PyValue | undefined, reprOf: (v: PyValue) => string): string {
  return v === undefined ? '<NULL>' : reprOf(v);
}

function lineAt(frame: Frame, unit: number): number | null {
  const line = frame.info.lines[unit < 0 ? 0 : unit] ?? -1;
  return line < 0 ? null : line;
}
