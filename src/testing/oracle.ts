// Runs batch tasks in real CPython 3.12 (oracle.py) and returns its results:
// the expected values of every differential test.
//
// One CPython process runs a whole batch. A task that kills that process
// (os._exit, a crash, a hang inside C code that oracle.py's own limits cannot
// interrupt) gets an error result and the rest of the batch runs in a new
// process, so one bad task never costs the others their results.
//
// Encoding decisions (oracle.py's header has the full list):
// - a `return` event's `value` is null when the frame is left by an exception;
// - `--max-repr N` keeps N characters of a longer repr and appends `...`;
// - `opcode` events follow the `line` event of their instruction; RESUME gives none;
// - the step limit lets N line events run, then the task ends with
//   `StepLimitExceeded` (steps === N) and nothing after it is traced;
// - a module frame's locals are its globals (never an inlined comprehension's
//   variables); the recursion budget is that of `python3 FILE` at every level.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_BATCH_OPTIONS,
  TIMEOUT_ERROR,
  type BatchOptions,
  type BatchResult,
  type BatchTask,
} from '../batch/schema.js';
import { findPython } from './python.js';

/** oracle.py's exit status after writing the result of a task it had to give up on. */
const ABANDON_EXIT = 75;
/**
 * Time beyond a task's own limit before this side kills CPython. Generous:
 * oracle.py stops slow tasks itself (faulthandler even stops a hang in C),
 * and writing a large trace takes time too.
 */
const KILL_GRACE_MS = 30_000;
/** Allowance for starting CPython and importing the oracle's modules. */
const STARTUP_MS = 10_000;
/** Results can be large (opcode traces); Node's own limit on a Buffer is higher. */
const MAX_BUFFER = 1024 * 1024 * 1024;

/**
 * oracle.py beside this file under vitest (src/testing), or in the source
 * tree when running compiled code from dist/src/testing (tsc does not copy .py).
 */
export function oracleScriptPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'oracle.py'), join(here, '..', '..', '..', 'src', 'testing', 'oracle.py')];
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) throw new Error(`oracle.py not found; looked at ${candidates.join(', ')}`);
  return found;
}

export function resolveOptions(options: Partial<BatchOptions> = {}): BatchOptions {
  const merged: BatchOptions = { ...DEFAULT_BATCH_OPTIONS, ...options };
  for (const key of ['maxSteps', 'maxRepr', 'timeoutMs'] as const) {
    const value = merged[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new RangeError(`${key} must be a non-negative integer, got ${value}`);
    }
  }
  return merged;
}

function oracleArgs(options: BatchOptions): string[] {
  const args = [
    oracleScriptPath(),
    '--trace', options.trace,
    '--state', options.state,
    '--max-steps', String(options.maxSteps),
    '--timeout-ms', String(options.timeoutMs),
  ];
  if (options.maxRepr !== undefined) args.push('--max-repr', String(options.maxRepr));
  return args;
}

const spawnBase = () => ({
  // A scratch cwd: files a program writes land outside the project.
  cwd: tmpdir(),
  env: { ...process.env, PYTHONHASHSEED: '0' },
});

const toJsonl = (tasks: readonly BatchTask[]): string => tasks.map((task) => JSON.stringify(task) + '\n').join('');

/** How one CPython process ended. */
interface Outcome {
  stdout: Buffer;
  stderr: string;
  status: number | null;
  signal: string | null;
  /** Killed by this side's watchdog. */
  timedOut: boolean;
  /** Killed for writing more than MAX_BUFFER. */
  overflow: boolean;
}

/** The complete result lines of a run (a killed process may leave half a line). */
function parseResults(stdout: Buffer, slice: readonly BatchTask[]): BatchResult[] {
  const results: BatchResult[] = [];
  let start = 0;
  for (let end = stdout.indexOf(10); end !== -1 && results.length < slice.length; end = stdout.indexOf(10, start)) {
    try {
      results.push(JSON.parse(stdout.toString('utf8', start, end)) as BatchResult);
    } catch (error) {
      // A result longer than the longest string V8 can make.
      const why = error instanceof Error ? error.message : String(error);
      results.push({ id: slice[results.length]!.id, ok: false, error: `OracleError: unreadable result: ${why}` });
    }
    start = end + 1;
  }
  return results;
}

/** faulthandler's line when oracle.py's last-resort timer ends the process. */
const FAULTHANDLER_TIMEOUT = /^Timeout \(\d+:\d\d:\d\d(\.\d+)?\)!$/m;

function deathResult(task: BatchTask, outcome: Outcome): BatchResult {
  if (outcome.overflow) {
    return { id: task.id, ok: false, error: `OracleError: result larger than ${MAX_BUFFER} bytes` };
  }
  if (outcome.timedOut || FAULTHANDLER_TIMEOUT.test(outcome.stderr)) {
    return { id: task.id, ok: false, error: TIMEOUT_ERROR };
  }
  const how = outcome.signal !== null ? `signal ${outcome.signal}` : `exit status ${outcome.status}`;
  const lastLine = outcome.stderr.trim().split('\n').pop() ?? '';
  return { id: task.id, ok: false, error: `OracleCrashed: ${how}${lastLine ? `: ${lastLine}` : ''}` };
}

/**
 * The results a run contributes: all of them, or those written before the
 * process died plus one error result for the task that killed it. Always at
 * least one, so a batch makes progress.
 */
function settle(slice: readonly BatchTask[], outcome: Outcome): BatchResult[] {
  const results = parseResults(outcome.stdout, slice);
  if (results.length === slice.length) return results;
  if (results.length === 0 && outcome.stderr.includes('oracle.py:')) {
    // oracle.py refused to start (wrong interpreter, PYTHONHASHSEED, flags).
    throw new Error(`CPython oracle failed to start: ${outcome.stderr.trim()}`);
  }
  // After giving up on a task oracle.py writes its result, then exits; a
  // process stopped for its output size stopped between or inside results.
  const restartOnly = (outcome.status === ABANDON_EXIT || outcome.overflow) && results.length > 0;
  const failed = slice[results.length];
  if (!restartOnly && failed !== undefined) results.push(deathResult(failed, outcome));
  return results;
}

/** Runs tasks through CPython 3.12 and returns one result per task, in order. */
export function runCPython(tasks: readonly BatchTask[], options: Partial<BatchOptions> = {}): BatchResult[] {
  const resolved = resolveOptions(options);
  const python = findPython();
  const args = oracleArgs(resolved);
  const done: BatchResult[] = [];
  while (done.length < tasks.length) {
    const slice = tasks.slice(done.length);
    const run = spawnSync(python, args, {
      ...spawnBase(),
      input: toJsonl(slice),
      maxBuffer: MAX_BUFFER,
      // Last resort only: oracle.py stops slow tasks itself. 0: no limit.
      timeout: resolved.timeoutMs > 0 ? STARTUP_MS + slice.length * (resolved.timeoutMs + KILL_GRACE_MS) : 0,
      killSignal: 'SIGKILL',
    });
    const spawnError = run.error as NodeJS.ErrnoException | undefined;
    if (spawnError?.code === 'ENOENT') throw new Error(`cannot run ${python}: ${spawnError.message}`);
    done.push(
      ...settle(slice, {
        stdout: run.stdout ?? Buffer.alloc(0),
        stderr: run.stderr?.toString('utf8') ?? '',
        status: run.status,
        signal: run.signal,
        timedOut: spawnError?.code === 'ETIMEDOUT',
        overflow: spawnError?.code === 'ENOBUFS',
      }),
    );
  }
  return done;
}

/** One CPython process over `slice`, killed if a single task outlives its limit. */
function runOnceAsync(python: string, args: string[], slice: readonly BatchTask[], options: BatchOptions): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, { ...spawnBase(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    let overflow = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number) => {
      clearTimeout(timer);
      if (options.timeoutMs === 0) return; // no wall-clock limit
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, ms);
    };
    arm(STARTUP_MS + options.timeoutMs + KILL_GRACE_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      size += chunk.length;
      if (size > MAX_BUFFER && !overflow) {
        overflow = true;
        child.kill('SIGKILL');
      }
      // Output is progress: the clock restarts (a result may span chunks).
      arm(options.timeoutMs + KILL_GRACE_MS);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // A process that dies early stops reading its input; that is reported by 'close'.
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${python}: ${error.message}`));
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), status, signal, timedOut, overflow });
    });
    child.stdin.end(toJsonl(slice));
  });
}

/** As runCPython, without blocking the event loop. */
export async function runCPythonAsync(
  tasks: readonly BatchTask[],
  options: Partial<BatchOptions> = {},
): Promise<BatchResult[]> {
  const resolved = resolveOptions(options);
  const python = findPython();
  const args = oracleArgs(resolved);
  const done: BatchResult[] = [];
  while (done.length < tasks.length) {
    const slice = tasks.slice(done.length);
    done.push(...settle(slice, await runOnceAsync(python, args, slice, resolved)));
  }
  return done;
}

/**
 * Replaces the addresses in reprs such as `<function f at 0x7f3a…>` and
 * `<code object f at 0x…, file …>`, the one difference trace.md allows
 * between etpy's values and CPython's.
 */
export function maskAddresses(text: string): string {
  return text.replace(/ at 0x[0-9a-fA-F]+/g, ' at 0x?');
}
