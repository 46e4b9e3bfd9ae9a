// One batch task read from its JSONL line (on the main thread, so a bad line
// costs no worker round trip), and a result's encoded line.
// Failures become results, following src/testing/oracle.py: a line that is not
// a task gets `ok: false` with the id it had (null when none could be read).
import { toAsciiJson } from '../batch/json-line.js';
import { internalErrorResult, type BatchResult, type BatchTask, type JsonValue, type TaskMode } from '../batch/schema.js';
import { describeUtf8Error } from './source-file.js';
import type { CompiledTask } from '../batch/compile-cache.js';

const MODES: readonly TaskMode[] = ['run', 'ast', 'dis'];

export type TaskLine = { task: BatchTask } | { result: BatchResult };

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(id: JsonValue, message: string): TaskLine {
  return { result: { id, ok: false, error: `ValueError: ${message}` } };
}

// Like Python's json.loads(bytes): strict UTF-8, a leading BOM dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readTaskLine(line: Uint8Array): TaskLine {
  let text: string;
  try {
    text = utf8.decode(line);
  } catch {
    return invalid(null, `malformed task line: 'utf-8' codec ${describeUtf8Error(line)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return invalid(null, `malformed task line: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(value)) return invalid(null, 'a task is an object with a string "source"');
  const id = value.id ?? null;
  const { source, expr, mode, stdin } = value;
  if (typeof source !== 'string') return invalid(id, 'a task is an object with a string "source"');
  const knownMode = mode === undefined ? 'run' : MODES.find((m) => m === mode);
  if (knownMode === undefined) return invalid(id, `unknown mode ${JSON.stringify(mode)}`);
  if (expr !== undefined && expr !== null && typeof expr !== 'string') return invalid(id, 'task field "expr" must be a string');
  if (stdin !== undefined && stdin !== null && typeof stdin !== 'string') return invalid(id, 'task field "stdin" must be a string');
  const task: BatchTask = { id, source, mode: knownMode };
  if (typeof expr === 'string') task.expr = expr;
  if (typeof stdin === 'string') task.stdin = stdin;
  return { task };
}

/** What a worker gets for a task: the task, and what the main thread compiled of it (TaskPrecompiler). */
export interface BatchJob {
  task: BatchTask;
  compiled?: CompiledTask;
}

/** A result as the worker sends it: its output line, already encoded off the main thread. */
export interface EncodedResult {
  ok: boolean;
  line: string;
}

export function encodeResult(result: BatchResult): EncodedResult {
  return { ok: result.ok, line: `${toAsciiJson(result)}\n` };
}

export { internalErrorResult };
