// Differential traces: a program's trace events in etpy and in CPython 3.12
// (src/testing/oracle.py under sys.settrace) must be the same, event for
// event, once the hexadecimal addresses in reprs are masked (trace.md allows
// them to differ) and a module's repr is cut to `<module 'name'>` (CPython
// names the module's file, a path of the machine it runs on).
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { maskAddresses, runCPython } from '../../src/testing/oracle.js';
import { runSource } from '../../src/vm/interpreter.js';
import { Tracer } from '../../src/trace/tracer.js';
import { JsonlEncoder } from '../../src/trace/jsonl.js';
import type { BatchOptions, BatchTask, TraceEvent } from '../../src/batch/schema.js';

export type TraceOptions = Pick<BatchOptions, 'state' | 'maxSteps'> & { trace: 'line' | 'opcode'; maxRepr?: number };

export interface TraceTask {
  readonly id: string;
  readonly source: string;
}

/** One event as comparable text. */
export function normalizeEvent(event: TraceEvent): string {
  const { stack: _stack, ...rest } = event as TraceEvent & { stack?: string[] };
  void _stack;
  return maskAddresses(JSON.stringify(rest)).replace(/<module '([^'\\]*)' (?:from '[^']*'|\(built-in\))>/g, "<module '$1'>");
}

/**
 * etpy's trace events. The JSONL that `etpy trace` would write for them (the
 * encoder copies the repr cache's bytes for long reprs) is checked on the way
 * to be exactly JSON.stringify of each event.
 */
export function etpyTrace(task: TraceTask, options: TraceOptions): string[] {
  const chunks: Uint8Array[] = [];
  const jsonl = new JsonlEncoder((bytes) => chunks.push(bytes.slice()));
  const tracer = new Tracer({
    level: options.trace, state: options.state, stack: false, encodedReprs: true,
    onEvent: (event, encoded) => jsonl.write(event, encoded),
    ...(options.maxRepr === undefined ? {} : { maxRepr: options.maxRepr }),
  });
  runSource(task.source, { filename: '<source>', countSteps: true, maxSteps: options.maxSteps, tracer });
  jsonl.flush();
  const written = Buffer.concat(chunks).toString('utf8');
  expect(written).toBe(tracer.events.map((e) => JSON.stringify(e) + '\n').join(''));
  return tracer.events.map(normalizeEvent);
}

export function cpythonTraces(tasks: readonly TraceTask[], options: TraceOptions): string[][] {
  const batch: BatchTask[] = tasks.map((t) => ({ id: t.id, source: t.source }));
  return runCPython(batch, options).map((r) => (r.trace ?? []).map(normalizeEvent));
}

export function digest(events: readonly string[]): string {
  const h = createHash('sha1');
  for (const e of events) h.update(e).update('\n');
  return `${events.length}:${h.digest('hex')}`;
}

/** The first event where two traces differ, or null when they are equal. */
export function firstDifference(got: readonly string[], want: readonly string[]): { index: number; etpy?: string; cpython?: string } | null {
  let k = 0;
  while (k < got.length && k < want.length && got[k] === want[k]) k++;
  if (k === got.length && k === want.length) return null;
  return { index: k, etpy: got[k], cpython: want[k] };
}

/** Fails with the first differing event (and the events just before it). */
export function expectSameTrace(got: readonly string[], want: readonly string[]): void {
  const diff = firstDifference(got, want);
  if (diff === null) return;
  const before = want.slice(Math.max(0, diff.index - 3), diff.index);
  expect({ ...diff, before, lengths: [got.length, want.length] }).toEqual({ index: -1 });
}
