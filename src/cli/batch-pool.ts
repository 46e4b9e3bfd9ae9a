// A fixed number of worker threads, each running its jobs one at a time. A job
// that overruns its wall-clock limit, or whose worker dies (uncaught error, out
// of memory), costs that worker, never the batch: the worker is terminated, the
// job gets a fallback result, and a fresh worker takes the jobs after it.
//
// Each worker is sent the jobs after its current one before it finishes it
// (PIPELINE_DEPTH), so it does not wait a message round trip between two small
// tasks, and it answers them in batches (batch-worker.ts). A job's wall-clock
// limit starts when its worker starts it: the worker marks each start in a
// JobProgress shared with this thread, which reads it when a limit may have
// passed. Jobs the worker finished but had not yet answered when it is
// terminated run again on the fresh worker (a job's result depends on nothing
// but the job).
import { Worker } from 'node:worker_threads';

export type JobFailure = { kind: 'timeout'; timeoutMs: number } | { kind: 'crash'; message: string };

/** Jobs a worker holds at once: the one it runs and those queued behind it, answered in one message when it has run them all (4,800 small tasks, --jobs 1, one message per task: 1.84 s at 2, 1.74 s at 8, 1.63 s at 16; batched answers, steady rate of 48,000 tasks: 2,240 and 2,597 tasks/s at 8, 2,679 and 2,593 at 32). */
const PIPELINE_DEPTH = 32;

/** What a pool's worker gets as its workerData: the pool's, and where it marks the jobs it starts. */
export interface PoolWorkerData {
  data: unknown;
  progress: SharedArrayBuffer;
  epoch: number;
  /** V8 flags the worker sets once Node has started it, before it loads its code (bin/etpy-loader.cjs). */
  v8Flags: string;
}

/**
 * How many jobs a worker has started, and when it started the last (ms after
 * `epoch`, this process's Date.now() when the worker was made), in memory the
 * worker and the main thread share: the worker writes it before each job, the
 * main thread reads it to time the job without a message.
 */
export class JobProgress {
  private readonly words: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(8), private readonly epoch = Date.now()) {
    this.words = new Int32Array(buffer);
  }

  /** The worker starts its next job. */
  start(): void {
    // The time first: whoever reads the new count reads this job's time.
    Atomics.store(this.words, 1, Date.now() - this.epoch);
    Atomics.add(this.words, 0, 1);
  }

  get started(): number {
    return Atomics.load(this.words, 0);
  }

  /** Date.now() when the last job started. */
  get lastStart(): number {
    return this.epoch + Atomics.load(this.words, 1);
  }

  workerData(data: unknown, v8Flags: string): PoolWorkerData {
    return { data, progress: this.buffer, epoch: this.epoch, v8Flags };
  }
}

interface Job<Payload, Result> {
  payload: Payload;
  fallback: (failure: JobFailure) => Result;
  resolve: (result: Result) => void;
}

interface Slot<Payload, Result> {
  worker: Worker | null;
  /** Sent to the worker and not yet answered, oldest first. */
  jobs: Job<Payload, Result>[];
  /** The worker's job starts, and how many of its jobs were answered. */
  progress: JobProgress;
  answered: number;
  /** progress.started at the last check: a worker that started nothing for a whole limit fails its oldest job. */
  startedAtCheck: number;
  /** When the limit of the job the worker runs may have passed. */
  timer: NodeJS.Timeout | null;
}

export class WorkerPool<Payload, Result> {
  private readonly slots: Slot<Payload, Result>[] = [];
  private readonly queue: Job<Payload, Result>[] = [];

  constructor(
    size: number,
    private readonly workerUrl: URL,
    private readonly workerData: unknown,
    private readonly timeoutMs: number,
    private readonly v8Flags = '',
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: null, jobs: [], progress: new JobProgress(), answered: 0, startedAtCheck: 0, timer: null });
  }

  /** The worker's answer, or `fallback`'s when the job timed out or its worker died. */
  run(payload: Payload, fallback: (failure: JobFailure) => Result): Promise<Result> {
    return new Promise((resolve) => {
      this.queue.push({ payload, fallback, resolve });
      this.dispatch();
    });
  }

  /** Jobs sent to the workers that they have not started: what they will run before they need more. */
  unstarted(): number {
    let unstarted = 0;
    for (const slot of this.slots) unstarted += Math.max(0, slot.jobs.length - (slot.progress.started - slot.answered));
    return unstarted;
  }

  async close(): Promise<void> {
    const workers = this.slots.flatMap((slot) => (slot.worker === null ? [] : [slot.worker]));
    for (const slot of this.slots) {
      slot.worker = null;
      this.unwatch(slot);
    }
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  /**
   * Fills idle workers first, then gives each busy one its next jobs; each
   * worker gets its new jobs in one message (a message costs each thread
   * more than a small task's payload does).
   */
  private dispatch(): void {
    const sends = new Map<Worker, Payload[]>();
    for (let depth = 1; depth <= PIPELINE_DEPTH && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (slot.jobs.length >= depth) continue;
        const job = this.queue.shift()!;
        // Workers start on first use, so a short batch does not pay for idle ones.
        const worker = slot.worker ?? this.spawn(slot);
        slot.jobs.push(job);
        if (slot.timer === null) this.watch(slot, this.timeoutMs);
        let payloads = sends.get(worker);
        if (payloads === undefined) sends.set(worker, (payloads = []));
        payloads.push(job.payload);
      }
    }
    for (const [worker, payloads] of sends) worker.postMessage(payloads);
  }

  private watch(slot: Slot<Payload, Result>, ms: number): void {
    slot.startedAtCheck = slot.progress.started;
    slot.timer = setTimeout(() => this.check(slot), ms);
  }

  private unwatch(slot: Slot<Payload, Result>): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** The job the worker runs (started, not answered): its index in slot.jobs, or -1 when it runs none. */
  private running(slot: Slot<Payload, Result>): number {
    const i = slot.progress.started - slot.answered - 1;
    return i >= 0 && i < slot.jobs.length ? i : -1;
  }

  /**
   * Fails the running job if it has run its wall-clock limit, else looks again
   * when it would have. A worker that started none of its jobs for a whole
   * limit (stuck before its first) fails the oldest.
   */
  private check(slot: Slot<Payload, Result>): void {
    slot.timer = null;
    if (slot.jobs.length === 0) return;
    const left = this.running(slot) >= 0
      ? slot.progress.lastStart + this.timeoutMs - Date.now()
      : slot.progress.started === slot.startedAtCheck ? 0 : this.timeoutMs;
    if (left <= 0) this.fail(slot, { kind: 'timeout', timeoutMs: this.timeoutMs });
    else this.watch(slot, left);
  }

  private spawn(slot: Slot<Payload, Result>): Worker {
    slot.progress = new JobProgress();
    slot.answered = 0;
    const worker = new Worker(this.workerUrl, { workerData: slot.progress.workerData(this.workerData, this.v8Flags) });
    slot.worker = worker;
    worker.on('message', (results: Result[]) => {
      if (slot.worker !== worker) return;
      for (const result of results) {
        slot.answered++;
        slot.jobs.shift()!.resolve(result);
      }
      if (slot.jobs.length === 0) this.unwatch(slot);
      this.dispatch();
    });
    worker.on('error', (error: unknown) => {
      if (slot.worker !== worker) return;
      this.fail(slot, { kind: 'crash', message: error instanceof Error ? error.message : String(error) });
    });
    worker.on('exit', (code: number) => {
      if (slot.worker !== worker) return;
      this.fail(slot, { kind: 'crash', message: `worker thread exited with code ${code}` });
    });
    return worker;
  }

  /**
   * Ends the running job (the oldest unanswered one when the worker had not
   * started any) with a fallback result and retires its worker; the other
   * jobs it held, those it finished without answering included, go back to
   * the front of the queue for a fresh worker.
   */
  private fail(slot: Slot<Payload, Result>, failure: JobFailure): void {
    const worker = slot.worker;
    const running = Math.max(this.running(slot), 0);
    slot.worker = null;
    if (worker !== null) void worker.terminate();
    this.unwatch(slot);
    const jobs = slot.jobs.splice(0);
    const failed = jobs.splice(running, 1)[0];
    if (failed !== undefined) failed.resolve(failed.fallback(failure));
    this.queue.unshift(...jobs);
    this.dispatch();
  }
}
