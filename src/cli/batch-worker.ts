// A batch worker thread: executes the tasks of each message (an array), in
// order, and answers with their encoded results. Anything a task throws
// becomes that task's result here, so the main thread sees a dead worker only
// for what cannot be caught (out of memory). bin/etpy-loader.cjs calls serveBatchWorker in a worker.
//
// Results go back in batches: those of every task that was waiting in the
// queue, once it is empty, or sooner when they are long or half the pool's
// pipeline (AnswerBatch; a message wakes the main thread, which on this
// 2-core machine cost ~50 µs a task, ~10% of the batch; answering only when
// the queue is empty left the worker idle for each round trip, ~1 ms per 30
// tasks, ~12% of a batch). Before it starts a task, the worker marks which
// task it is and when (batch-pool.ts JobProgress), so that the main thread
// times each task without a message per task.
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchOptions } from '../batch/schema.js';
import { encodeResult, internalErrorResult, type BatchJob, type EncodedResult } from './batch-task.js';
import { JobProgress, type PoolWorkerData } from './batch-pool.js';

/**
 * How many tasks a worker runs before it calls `warm`: by then V8 has compiled
 * what tasks of the batch use, and bin/etpy-loader.cjs writes the workers'
 * code cache from that when it found none V8 accepts (a new Node, new flags).
 */
const WARM_TASKS = 64;

export async function serveBatchWorker(warm?: () => void): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('serveBatchWorker runs only in a worker thread');
  // Here, not at the top: the main thread, which loads this module's neighbours to read task lines, never loads the interpreter.
  // Tasks sent meanwhile wait in the port until the listener below is added.
  const { runTaskLine } = await import('../batch/run-task.js');
  const data = workerData as PoolWorkerData;
  const options = data.data as BatchOptions;
  const progress = new JobProgress(data.progress, data.epoch);
  const answers = new AnswerBatch((results) => port.postMessage(results));
  let untilWarm = warm === undefined ? -1 : WARM_TASKS;
  port.on('message', (jobs: BatchJob[]) => {
    for (const { task, compiled } of jobs) {
      if (untilWarm-- === 0) warm?.();
      progress.start();
      let result: EncodedResult;
      try {
        result = runTaskLine(task, options, compiled);
      } catch (error) {
        result = encodeResult(internalErrorResult(task.id, error));
      }
      answers.add(result);
    }
  });
}

/** Above this many characters of results waiting, a worker answers at once: a batch of long traces would otherwise sit in its memory. */
export const ANSWER_BATCH_CHARS = 1 << 20;

/**
 * At this many results waiting, a worker answers at once: the main thread
 * then sends the next jobs while the worker still runs those queued behind
 * them (half of batch-pool.ts PIPELINE_DEPTH), instead of after it ran out.
 */
export const ANSWER_BATCH_TASKS = 16;

/**
 * Results on their way to the main thread: sent together once the tasks
 * waiting in the queue have run (they run before setImmediate's callbacks),
 * or at once when they hold ANSWER_BATCH_CHARS characters or number
 * ANSWER_BATCH_TASKS.
 */
export class AnswerBatch {
  private pending: EncodedResult[] = [];
  private chars = 0;
  private scheduled = false;

  constructor(private readonly send: (results: EncodedResult[]) => void) {}

  add(result: EncodedResult): void {
    this.pending.push(result);
    this.chars += result.line.length;
    if (this.chars >= ANSWER_BATCH_CHARS || this.pending.length >= ANSWER_BATCH_TASKS) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.flush();
      });
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const results = this.pending;
    this.pending = [];
    this.chars = 0;
    this.send(results);
  }
}
