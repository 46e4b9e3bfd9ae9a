// A fixed number of worker threads, each running one job at a time. A job that
// overruns its wall-clock limit, or whose worker dies (uncaught error, out of
// memory), costs that worker, never the batch: the worker is terminated, the
// job gets a fallback result, and a fresh worker takes the next job.
import { Worker } from 'node:worker_threads';

export type JobFailure = { kind: 'timeout'; timeoutMs: number } | { kind: 'crash'; message: string };

interface Job<Payload, Result> {
  payload: Payload;
  fallback: (failure: JobFailure) => Result;
  resolve: (result: Result) => void;
}

interface Slot<Payload, Result> {
  worker: Worker | null;
  job: Job<Payload, Result> | null;
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
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: null, job: null, timer: null });
  }

  /** The worker's answer, or `fallback`'s when the job timed out or its worker died. */
  run(payload: Payload, fallback: (failure: JobFailure) => Result): Promise<Result> {
    return new Promise((resolve) => {
      this.queue.push({ payload, fallback, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = this.slots.flatMap((slot) => (slot.worker === null ? [] : [slot.worker]));
    for (const slot of this.slots) slot.worker = null;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      // Workers start on first use, so a short batch does not pay for idle ones.
      const worker = slot.worker ?? this.spawn(slot);
      slot.job = job;
      slot.timer = setTimeout(() => this.fail(slot, { kind: 'timeout', timeoutMs: this.timeoutMs }), this.timeoutMs);
      worker.postMessage(job.payload);
    }
  }

  private spawn(slot: Slot<Payload, Result>): Worker {
    const worker = new Worker(this.workerUrl, { workerData: this.workerData });
    slot.worker = worker;
    worker.on('message', (result: Result) => {
      if (slot.worker !== worker) return;
      this.settle(slot, () => result);
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

  /** Ends the slot's job with a fallback result and retires its worker. */
  private fail(slot: Slot<Payload, Result>, failure: JobFailure): void {
    const worker = slot.worker;
    slot.worker = null;
    if (worker !== null) void worker.terminate();
    if (slot.job === null) return;
    this.settle(slot, (job) => job.fallback(failure));
  }

  private settle(slot: Slot<Payload, Result>, resultOf: (job: Job<Payload, Result>) => Result): void {
    const job = slot.job;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    if (job !== null) job.resolve(resultOf(job));
    this.dispatch();
  }
}
