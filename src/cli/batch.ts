// `etpy batch` (shared/spec/batch.md): tasks stream in from stdin line by line,
// run in worker threads, and their results stream out in input order as soon as
// every earlier result is out. Memory stays bounded: reading pauses while too
// many results wait for an earlier, slower one, or while stdout is congested.
import { fstatSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { TIMEOUT_ERROR, type BatchOptions, type BatchTask } from '../batch/schema.js';
import { WorkerPool, type JobFailure } from './batch-pool.js';
import { encodeResult, internalErrorResult, readTaskLine, type BatchJob, type EncodedResult } from './batch-task.js';
import type { TaskPrecompiler } from '../batch/compile-cache.js';
import { ProgressBar } from './progress.js';
import { stdout } from './stdout.js';

/** How many tasks per worker may be read ahead of the oldest unwritten result. */
const READ_AHEAD_PER_JOB = 16;
const NEWLINE = 0x0a;
const MIN_READ_AHEAD = 64;

/**
 * TurboFan's budget for inlining into one function, in bytecode bytes (V8's
 * default is 920). Most of a batch's time is warm-up, and TurboFan optimizing
 * the compiler (on the main thread) and the interpreter (in the workers) with
 * deep inlining took more CPU than compiling the tasks did, on the cores the
 * threads run on: compiling 9,600 distinct bench tasks in a fresh process,
 * 1.2-1.4 s of TurboFan jobs against ~0.9 s of compiling, 0.73-0.89 s at 100.
 * Measured on 2 cores, `--jobs 1` (alternating runs of etpy batch --trace
 * line): 960 distinct tasks 0.65 -> 0.58 s, 9,600 distinct 2.10 -> 1.91 s,
 * 9,600 repeated 1.00 -> 0.95 s, 96,000 distinct 11.46 -> 11.16 s; `--jobs
 * 2`, 9,600 distinct 2.63 -> 2.37 s. Budgets of 0, 50 and 200 did as well at
 * 9,600 tasks; --no-turbo-inlining was slower at 96,000 (11.8 s), where the
 * code is long optimized.
 *
 * The first worker sets it for the whole process (V8's flags are), once Node
 * has started the worker and before the worker loads the bundle with its code
 * cache, made under it (bin/etpy-loader.cjs).
 */
const WORKER_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=100';

/**
 * V8's default stack size (KB, 64-bit). Node starts a worker thread in ~22 ms
 * under V8's default flags and in ~40 ms under any other (the code cache of
 * Node's own modules is made under the defaults, and V8 checks the flags),
 * so the batch puts back the launcher's --stack-size before it starts a
 * worker: it changes no thread's stack (the main thread's limit is fixed when
 * it starts, a worker's by Node, 4 MB) but V8's flags. Measured on 2 cores,
 * `--jobs 1` (alternating runs of etpy batch --trace line): 960 repeated
 * tasks 326 -> 306 ms, 960 distinct 535 -> 524 ms, 9,600 repeated 949 -> 927
 * ms, 9,600 distinct 1,698 -> 1,707 ms (noise); `--jobs 2`, 960 distinct 789
 * -> 776 ms.
 */
const V8_DEFAULT_STACK_SIZE = 984;

/** Puts V8's flags back to what Node starts its workers quickest under, as far as the batch changed them. */
export function restoreWorkerStartFlags(): void {
  setFlagsFromString(`--stack-size=${V8_DEFAULT_STACK_SIZE}`);
}

export async function runBatch(options: BatchOptions, jobs: number): Promise<number> {
  restoreWorkerStartFlags();
  const cores = (await import('node:os')).availableParallelism();
  // The main thread compiles for the workers when there is a core for it; the
  // JavaScript threads then fill the cores. Before any worker starts: a worker
  // takes the priority of the thread that starts it.
  const precompiling = cores > jobs;
  if (precompiling) (await import('./helper-threads.js')).yieldHelperThreads();
  // The worker starts at the launcher, which loads the bundle with its code
  // cache (~20 ms) when there is one, the ES modules (~250 ms) otherwise.
  const pool = new WorkerPool<BatchJob, EncodedResult>(
    jobs, new URL('../../../bin/etpy-loader.cjs', import.meta.url), options, options.timeoutMs, WORKER_V8_FLAGS,
  );
  const precompiler = precompiling ? new Precompiling(pool, jobs, new (await import('../batch/compile-cache.js')).TaskPrecompiler()) : null;
  const progress = process.stderr.isTTY ? new ProgressBar(process.stderr, stdinFileSize()) : null;
  const output = new OrderedOutput(stdout());
  const readAhead = Math.max(MIN_READ_AHEAD, jobs * READ_AHEAD_PER_JOB);
  let submitted = 0;
  try {
    for await (const line of linesOf(process.stdin)) {
      const bytes = line.length + 1;
      // Blank lines are not tasks (the oracle skips them too).
      if (isBlank(line)) {
        progress?.skipped(bytes);
        continue;
      }
      const index = submitted++;
      const read = readTaskLine(line);
      const result = 'result' in read
        ? Promise.resolve(encodeResult(read.result))
        : pool.run(precompiler?.job(read.task, index) ?? { task: read.task }, (failure) => failureResult(read.task, failure));
      void result.then((r) => {
        progress?.taskDone(r.ok, bytes);
        output.complete(index, r);
      });
      await output.whenBehindBy(submitted, readAhead);
    }
    await output.whenAllWritten(submitted);
  } finally {
    await pool.close();
    progress?.finish();
  }
  return 0;
}

/**
 * Lines as the oracle reads them: split at \n only (readline would also split
 * at a lone \r, which JSON allows as whitespace), kept as bytes so that
 * decoding errors are the task's, and read only as fast as they are consumed.
 */
async function* linesOf(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let partial: Buffer[] = [];
  for await (const chunk of input) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      partial.push(chunk.subarray(start, nl));
      yield partial.length === 1 ? (partial[0] ?? Buffer.alloc(0)) : Buffer.concat(partial);
      partial = [];
      start = nl + 1;
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
  }
  if (partial.length > 0) yield Buffer.concat(partial);
}

/** Python's bytes.strip() whitespace, not JS's wider Unicode notion of it. */
function isBlank(line: Uint8Array): boolean {
  return line.every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d));
}

/**
 * This thread compiling tasks for the workers while they run earlier ones
 * (compiling is about half of a small task's time), when the machine has a
 * core for it beside the workers': with none, it would only move work and add
 * the code's transfer (96,000 distinct tasks, --jobs 2 on 2 cores: 12.2 s
 * without, 12.7-13.3 s with). The first task goes at once, so that its worker
 * starts. A single worker gets every task compiled: letting it compile those
 * it got while it had few waiting was slower (9,600 distinct tasks on 2
 * cores: 2.2-2.4 s against 1.9-2.0 s), the compiler then warming up in both
 * threads. Several workers could run more tasks than one thread compiles, so
 * they get compiled tasks only while they have `jobs` of them waiting, and
 * compile the others themselves.
 */
class Precompiling {
  constructor(
    private readonly pool: WorkerPool<BatchJob, EncodedResult>,
    private readonly jobs: number,
    private readonly precompiler: TaskPrecompiler,
  ) {}

  job(task: BatchTask, index: number): BatchJob {
    if (index === 0 || (this.jobs > 1 && this.pool.unstarted() < this.jobs)) return { task };
    const compiled = this.precompiler.compile(task);
    return compiled === undefined ? { task } : { task, compiled };
  }
}

function failureResult(task: BatchTask, failure: JobFailure): EncodedResult {
  if (failure.kind === 'timeout') return encodeResult({ id: task.id, ok: false, error: TIMEOUT_ERROR });
  return encodeResult(internalErrorResult(task.id, new Error(`worker thread died: ${failure.message}`)));
}

/** The size of stdin when it is a regular file, for a percentage in the progress bar. */
function stdinFileSize(): number | null {
  try {
    const stat = fstatSync(0);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/**
 * Writes results in index order; a result waits here until all earlier ones
 * are out. The lines that become ready together (a worker answers for many
 * tasks in one message) go out in one write, once the results of that
 * message are all in: a write per line was a system call per task.
 */
class OrderedOutput {
  private nextToWrite = 0;
  private readonly waiting = new Map<number, EncodedResult>();
  private ready = '';
  private congested = false;
  private wake: (() => void) | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('drain', () => {
      this.congested = false;
      this.notify();
    });
  }

  complete(index: number, result: EncodedResult): void {
    this.waiting.set(index, result);
    // Lines already waiting mean a flush is already queued.
    const flushQueued = this.ready !== '';
    for (let next = this.waiting.get(this.nextToWrite); next !== undefined; next = this.waiting.get(this.nextToWrite)) {
      this.waiting.delete(this.nextToWrite);
      this.nextToWrite += 1;
      this.ready += next.line;
    }
    // The other results of the same message complete in the microtasks queued before this one.
    if (!flushQueued && this.ready !== '') queueMicrotask(() => this.flush());
  }

  private flush(): void {
    const text = this.ready;
    this.ready = '';
    if (!this.stream.write(text)) this.congested = true;
    this.notify();
  }

  /** Resolves once fewer than `limit` of the `submitted` results are unwritten and stdout has room. */
  whenBehindBy(submitted: number, limit: number): Promise<void> {
    return this.waitUntil(() => submitted - this.nextToWrite < limit && !this.congested);
  }

  whenAllWritten(submitted: number): Promise<void> {
    return this.waitUntil(() => this.nextToWrite === submitted);
  }

  private async waitUntil(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise<void>((resolve) => { this.wake = resolve; });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
