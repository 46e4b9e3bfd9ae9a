// Differential runs: programs executed in etpy (in this process) and in
// CPython 3.12 (one oracle process per batch), compared on ok, stdout, error,
// step count and, when asked, line or opcode trace events. Addresses in reprs
// and module file paths are masked (trace.md lets them differ).
import { runSource } from '../vm/interpreter.js';
import { Tracer } from '../trace/tracer.js';
import type { BatchResult, TraceEvent } from '../batch/schema.js';
import { maskAddresses, runCPython, runCPythonAsync } from './oracle.js';
import type { EtpyRunner } from './etpy-runner.js';

export interface DiffOptions {
  /** Compare trace events too (default `none`: results only). */
  trace: 'none' | 'line' | 'opcode';
  /** Both sides stop after this many line events (default 20000). */
  maxSteps: number;
  /** Reprs in traces cut to this many characters (default 200). */
  maxRepr: number;
  /** Wall-clock limit per program and side, in ms (default 5000). */
  timeoutMs: number;
  /** Compare the number of line events (default true). */
  steps: boolean;
  /** Standard input of every program. */
  stdin?: string;
  /**
   * etpy runs untraced and uncounted with every code object compiled
   * (src/vm/jit.ts, runSource `jit: 'eager'`): no steps are compared, and a
   * program CPython stopped at the step limit is skipped. Needs trace `none`.
   */
  compiled?: boolean;
}

export const DEFAULT_DIFF_OPTIONS: Readonly<DiffOptions> = { trace: 'none', maxSteps: 20_000, maxRepr: 200, timeoutMs: 5_000, steps: true };

/** One side's result, ready to compare. */
export interface Outcome {
  ok: boolean;
  stdout: string;
  error?: string;
  steps?: number;
  /** Normalized trace events (JSON text per event). */
  trace?: string[];
}

export type Field = 'ok' | 'stdout' | 'error' | 'steps' | 'trace';

/** Where etpy and CPython first part. */
export interface Difference {
  field: Field;
  etpy: string;
  cpython: string;
  /** `trace`: index of the first differing event, with the events before it. */
  index?: number;
  before?: string[];
}

export interface Verdict {
  source: string;
  etpy: Outcome;
  cpython: Outcome;
  /** null: the same. */
  difference: Difference | null;
  /** Why the program says nothing (a side timed out, the oracle failed); it is then not a difference. */
  skipped?: string;
}

const resolve = (options: Partial<DiffOptions>): DiffOptions => ({ ...DEFAULT_DIFF_OPTIONS, ...options });

/** One event as comparable text (etpy's value stacks dropped, addresses and module paths masked). */
export function normalizeEvent(event: TraceEvent): string {
  const { stack: _stack, ...rest } = event as TraceEvent & { stack?: string[] };
  void _stack;
  return maskAddresses(JSON.stringify(rest)).replace(/<module '([^'\\]*)' (?:from '[^']*'|\(built-in\))>/g, "<module '$1'>");
}

const INTERNAL = 'SystemError: etpy internal error';

/** Runs `source` in etpy as the oracle runs tasks (`<source>`, fresh state). A JS error becomes `SystemError: etpy internal error: …`. */
export function runEtpy(source: string, options: Partial<DiffOptions> = {}): Outcome {
  const o = resolve(options);
  const tracer = o.trace === 'none' ? null : new Tracer({ level: o.trace, state: 'full', stack: false, maxRepr: o.maxRepr });
  const counting = o.compiled === true ? { jit: 'eager' as const } : { countSteps: true, maxSteps: o.maxSteps };
  try {
    const r = runSource(source, {
      filename: '<source>', argv: ['<source>'], mainFile: false, ...counting, timeoutMs: o.timeoutMs, now: Date.now,
      stdin: o.stdin ?? '', ...(tracer === null ? {} : { tracer }),
    });
    return {
      ok: r.ok, stdout: r.stdout, ...(r.ok || r.error === undefined ? {} : { error: r.error }), steps: r.steps,
      ...(tracer === null ? {} : { trace: tracer.events.map(normalizeEvent) }),
    };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, stdout: '', error: `${INTERNAL}: ${message.split('\n')[0] ?? ''}` };
  }
}

function fromOracle(r: BatchResult): Outcome {
  return {
    ok: r.ok, stdout: r.stdout ?? '', ...(r.ok || r.error === undefined ? {} : { error: r.error }),
    ...(r.steps === undefined ? {} : { steps: r.steps }), ...(Array.isArray(r.trace) ? { trace: r.trace.map(normalizeEvent) } : {}),
  };
}

const oracleOptions = (o: DiffOptions) => ({
  trace: o.trace, state: 'full' as const, maxSteps: o.maxSteps, maxRepr: o.maxRepr, timeoutMs: o.timeoutMs,
});

/** The first difference between two outcomes, or null. */
export function compareOutcomes(etpy: Outcome, cpython: Outcome, options: Partial<DiffOptions> = {}): Difference | null {
  const o = resolve(options);
  if (etpy.ok !== cpython.ok) return { field: 'ok', etpy: `${etpy.ok}${etpy.error ? ` (${etpy.error})` : ''}`, cpython: `${cpython.ok}${cpython.error ? ` (${cpython.error})` : ''}` };
  if (etpy.stdout !== cpython.stdout) {
    // The first differing line says more than two whole outputs.
    const a = etpy.stdout.split('\n');
    const b = cpython.stdout.split('\n');
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    return { field: 'stdout', etpy: a.slice(k, k + 3).join('\n'), cpython: b.slice(k, k + 3).join('\n'), index: k };
  }
  if ((etpy.error ?? '') !== (cpython.error ?? '')) return { field: 'error', etpy: etpy.error ?? '', cpython: cpython.error ?? '' };
  if (o.steps && o.compiled !== true && etpy.steps !== cpython.steps) return { field: 'steps', etpy: String(etpy.steps), cpython: String(cpython.steps) };
  if (o.trace !== 'none') {
    const got = etpy.trace ?? [];
    const want = cpython.trace ?? [];
    let k = 0;
    while (k < got.length && k < want.length && got[k] === want[k]) k++;
    if (k < got.length || k < want.length) {
      return { field: 'trace', index: k, etpy: got[k] ?? '(end of trace)', cpython: want[k] ?? '(end of trace)', before: want.slice(Math.max(0, k - 3), k) };
    }
  }
  return null;
}

/** Why a pair of outcomes cannot be compared, or undefined when it can. */
function skipReason(etpy: Outcome, cpython: Outcome, o: DiffOptions): string | undefined {
  if (cpython.error === 'Timeout' || etpy.error === 'Timeout') return 'Timeout';
  // Compiled runs have no step limit to stop at.
  if (o.compiled === true && cpython.error === 'StepLimitExceeded') return 'StepLimitExceeded';
  if (cpython.error?.startsWith('Oracle')) return cpython.error;
  // Memory: CPython's limits are the machine's, etpy's are V8's.
  if (cpython.error === 'MemoryError' || etpy.error === 'MemoryError') return 'MemoryError';
  return undefined;
}

function verdict(source: string, etpy: Outcome, cpython: Outcome, o: DiffOptions): Verdict {
  const skipped = etpy.error?.startsWith(INTERNAL) ? undefined : skipReason(etpy, cpython, o);
  return { source, etpy, cpython, difference: skipped === undefined ? compareOutcomes(etpy, cpython, o) : null, ...(skipped === undefined ? {} : { skipped }) };
}

/** Compares every source: one CPython process for the batch, etpy in this process. */
export function diffBatch(sources: readonly string[], options: Partial<DiffOptions> = {}): Verdict[] {
  const o = resolve(options);
  const results = runCPython(sources.map((source, id) => ({ id, source, ...(o.stdin === undefined ? {} : { stdin: o.stdin }) })), oracleOptions(o));
  return sources.map((source, i) => verdict(source, runEtpy(source, o), fromOracle(results[i]!), o));
}

/**
 * As diffBatch; CPython runs while etpy does, and with a runner (compiled
 * code) etpy runs in a worker thread that is killed if it hangs.
 */
export async function diffBatchAsync(sources: readonly string[], options: Partial<DiffOptions> = {}, runner?: EtpyRunner): Promise<Verdict[]> {
  const o = resolve(options);
  const pending = runCPythonAsync(sources.map((source, id) => ({ id, source, ...(o.stdin === undefined ? {} : { stdin: o.stdin }) })), oracleOptions(o));
  pending.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
  const mine: Outcome[] = [];
  for (const source of sources) {
    mine.push(runner === undefined ? runEtpy(source, o) : await runner.run(source, o, o.timeoutMs));
    await new Promise((r) => setImmediate(r)); // let the oracle's pipes drain
  }
  const results = await pending;
  return sources.map((source, i) => verdict(source, mine[i]!, fromOracle(results[i]!), o));
}

/** One program, compared. */
export function diffSource(source: string, options: Partial<DiffOptions> = {}): Verdict {
  return diffBatch([source], options)[0]!;
}

/** A difference as a few lines of text. */
export function describeDifference(d: Difference): string {
  const where = d.field === 'trace' ? `trace event ${d.index}` : d.field === 'stdout' ? `stdout line ${(d.index ?? 0) + 1}` : d.field;
  const lines = [`first difference: ${where}`];
  for (const b of d.before ?? []) lines.push(`  (same)   ${b}`);
  lines.push(`  etpy:    ${d.etpy.replace(/\n/g, '\n           ')}`, `  CPython: ${d.cpython.replace(/\n/g, '\n           ')}`);
  return lines.join('\n');
}
